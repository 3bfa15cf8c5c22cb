/**
 * Deterministic requirement extraction: no model, no network. The lines of the requirement,
 * responsibility and nice-to-have sections become requirements; benefits, "about us" and legal text
 * never do. Each is mapped through the skills vocabulary to tracks, rubric dimensions and bank tags,
 * then deduplicated and ranked (what the job insists on first, nice-to-haves and context last).
 */
import type { TRequirementKind } from "@/server/contracts/job-targets";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { detectDomain } from "./domains";
import { defaultTracks, detectFamily, mapRequirement } from "./mapping";
import { splitDescription, type TDescriptionLine, type TSectionKind } from "./sections";
import { words } from "./term-match";
import { matchSkills, type TVocabularyEntry } from "./vocabulary";

export interface TExtractedRequirement {
  text: string;
  kind: TRequirementKind;
  tracks: TTrack[];
  dimensions: string[];
  tags: string[];
  keywords: string[];
  weight: number;
}

export const MAX_EXTRACTED = 20;
const MAX_TEXT = 200;

const SECTION_WEIGHT: Record<TSectionKind, number> = { requirements: 1, responsibilities: 0.9, nice_to_have: 0.45, intro: 0.6, skip: 0 };
const YEARS = /(\d+)\s*\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs|лет|года?)(?!\p{L})|(?:от|более|не менее)\s+\d+\s+(?:лет|года?)/iu;
const SENIORITY_WORDS = /\b(?:lead|staff|principal|senior|head of|manag(?:e|ing) (?:a team|engineers|software engineers))\b|руковод|ведущ|тимлид/iu;
const STOP = new Set(
  "a an the and or of to in on for with our your you we will be is are as at by from that this it its into who have has can able any all also other such their them they using use via well very more most into".split(" "),
);
/** Lines that sit in a list section but state no requirement (equal opportunity, how to apply). */
const NOISE = /equal opportunity|we welcome applicants|apply (now|today)|send (us )?your (cv|resume)|salary|visa sponsorship/iu;

function clip(text: string): string {
  const clean = text.replace(/\s+/g, " ").replace(/[;,.]\s*$/, "").trim();
  return clean.length <= MAX_TEXT ? clean : `${clean.slice(0, MAX_TEXT - 1).replace(/\s+\S*$/, "")}…`;
}

function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((word) => word.length > 2 && !STOP.has(word)));
}

function similar(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / Math.min(a.size, b.size) >= 0.75;
}

/** The lines that can hold requirements; a description without recognisable sections falls back to its sentences that name a skill. */
function candidateLines(lines: TDescriptionLine[], vocabulary: readonly TVocabularyEntry[]): TDescriptionLine[] {
  const sectioned = lines.filter((line) => line.section !== "intro" && line.section !== "skip");
  if (sectioned.length >= 3) return sectioned;
  const prose = lines.flatMap((line) =>
    line.text
      .split(/(?<=[.!?])\s+/)
      .map((sentence, offset) => ({ ...line, text: sentence, index: line.index + offset / 100 })),
  );
  return prose.filter((line) => line.bullet || matchSkills(line.text, vocabulary).length > 0);
}

function kindOf(line: TDescriptionLine): TRequirementKind {
  if (YEARS.test(line.text) || (SENIORITY_WORDS.test(line.text) && line.section === "requirements")) return "seniority";
  return line.section === "responsibilities" ? "responsibility" : "skill";
}

export function extractRequirements(description: string, vocabulary: readonly TVocabularyEntry[], title = ""): TExtractedRequirement[] {
  const russian = /[а-яё]/iu.test(description) && (description.match(/[а-яё]/giu)?.length ?? 0) > description.length / 5;
  const family = detectFamily(`${title}\n${description}`);
  const lines = splitDescription(description);
  const candidates = candidateLines(lines, vocabulary).filter((line) => line.text.length >= 6 && !NOISE.test(line.text));
  const kept: Array<TExtractedRequirement & { order: number; words: Set<string> }> = [];
  for (const line of candidates) {
    const text = clip(line.text);
    const seen = contentWords(text);
    if (seen.size === 0 || kept.some((item) => similar(item.words, seen))) continue;
    const kind = kindOf(line);
    const skills = matchSkills(text, vocabulary);
    const mapped = mapRequirement(text, skills, family);
    const yearsOnly = kind === "seniority" && skills.length === 0;
    const weight = SECTION_WEIGHT[line.section] * (1 + 0.15 * Math.min(skills.length, 3)) * (yearsOnly ? 0.6 : kind === "seniority" ? 0.85 : 1);
    kept.push({ text, kind, ...mapped, weight: Math.round(weight * 100) / 100, order: line.index, words: seen });
  }
  // Benefits and "about the perks" say nothing about the business ("private health cover").
  const domain = detectDomain(lines.filter((line) => line.section !== "skip").map((line) => line.text).join("\n"), russian);
  if (domain) {
    const tracks = defaultTracks(family);
    const dimensions = getRubric(tracks[0]!).dimensions.slice(0, 2).map((dimension) => dimension.key);
    kept.push({ text: domain, kind: "domain", tracks, dimensions, tags: [], keywords: words(domain).slice(1), weight: 0.35, order: 1e6, words: contentWords(domain) });
  }
  return kept
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, MAX_EXTRACTED)
    .map(({ order: _order, words: _words, ...requirement }) => requirement);
}
