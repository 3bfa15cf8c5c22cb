/**
 * Maps one requirement to what the interview can practise: tracks (whose questions can show it),
 * rubric dimensions (an answer must score on them to count as evidence), bank tags and keywords
 * (question matching). Without a known skill, the job family's tracks stand in.
 */
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { words } from "./term-match";
import type { TVocabularyEntry } from "./vocabulary";

export type TJobFamily = "product" | "engineering" | "data" | "management";

const FAMILY_TRACKS: Record<TJobFamily, TTrack[]> = {
  product: ["product_management", "behavioral"],
  engineering: ["software_engineering", "coding", "behavioral"],
  data: ["software_engineering", "product_management", "coding"],
  management: ["behavioral", "software_engineering"],
};

export function detectFamily(titleAndText: string): TJobFamily {
  const head = titleAndText.slice(0, 300).toLowerCase();
  if (/engineering manager|head of engineering|team lead(?!er)|руководител/.test(head)) return "management";
  if (/product (manager|owner|lead)|\bpm\b|продакт/.test(head)) return "product";
  if (/data (analyst|scientist)|analytics|аналитик/.test(head)) return "data";
  return "engineering";
}

export function defaultTracks(family: TJobFamily): TTrack[] {
  return FAMILY_TRACKS[family];
}

/** Words that say nothing about which question fits ("strong", "experience", "years"). */
const FILLER = new Set(
  "experience strong good solid deep excellent knowledge understanding ability able years year plus ideally including least work working build building make other team teams new clear using proven track record опыт знание понимание умение работы работать".split(
    " ",
  ),
);
const STOP = new Set("a an the and or of to in on for with our your you we will be is are as at by from that this it its into who have has can".split(" "));

export function requirementKeywords(text: string): string[] {
  return [...new Set(words(text).filter((word) => word.length > 2 && !STOP.has(word) && !FILLER.has(word)))].slice(0, 10);
}

function dimensionsFor(track: TTrack): string[] {
  return getRubric(track).dimensions.slice(0, 2).map((dimension) => dimension.key);
}

export function mapRequirement(text: string, skills: readonly TVocabularyEntry[], family: TJobFamily) {
  const votes = new Map<TTrack, number>();
  for (const skill of skills) skill.tracks.forEach((track, index) => votes.set(track, (votes.get(track) ?? 0) + (index === 0 ? 2 : 1)));
  const tracks = votes.size > 0 ? [...votes].sort((a, b) => b[1] - a[1]).map(([track]) => track) : defaultTracks(family).slice(0, 1);
  const known = new Set(tracks.flatMap((track) => getRubric(track).dimensions.map((dimension) => dimension.key)));
  const dimensions = [...new Set(skills.flatMap((skill) => (skill.dimensions.length > 0 ? skill.dimensions : dimensionsFor(skill.tracks[0]!))))].filter((key) => known.has(key));
  return {
    tracks,
    dimensions: dimensions.length > 0 ? dimensions.slice(0, 4) : dimensionsFor(tracks[0]!),
    tags: [...new Set(skills.flatMap((skill) => skill.tags))],
    keywords: requirementKeywords(text),
  };
}
