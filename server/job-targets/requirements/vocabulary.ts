/**
 * The skills vocabulary the extractor matches: the general list (skills-list.ts) plus one entry per
 * tag of the question bank ("stakeholder-management" → "stakeholder management"), so every tag an
 * interview can practise is also a word the extractor recognises.
 */
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { SKILLS, type TSkillEntry } from "./skills-list";
import { compileTerms } from "./term-match";

export interface TBankQuestionLike {
  id?: string;
  track: TTrack;
  tags: readonly string[];
  keyPoints: readonly string[];
  text?: string;
}

export interface TVocabularyEntry extends TSkillEntry {
  pattern: RegExp;
}

/** Tags too generic to be a skill on their own ("design" matches every "design a system"). */
const GENERIC_TAGS = new Set(["fundamentals", "design", "arrays", "strings", "matrix", "queue", "stack", "heap", "failure"]);

export function buildVocabulary(bank: readonly TBankQuestionLike[]): TVocabularyEntry[] {
  const tagTracks = new Map<string, Set<TTrack>>();
  for (const question of bank) for (const tag of question.tags) tagTracks.set(tag, (tagTracks.get(tag) ?? new Set()).add(question.track));
  const fromBank: TSkillEntry[] = [...tagTracks]
    .filter(([tag]) => !GENERIC_TAGS.has(tag))
    .map(([tag, tracks]) => ({
      id: `tag:${tag}`,
      label: tag.replace(/-/g, " "),
      terms: [tag.replace(/-/g, " "), tag],
      tags: [tag],
      tracks: [...tracks],
      // The bank tag's own track decides the dimensions at mapping time.
      dimensions: [],
    }));
  return [...SKILLS, ...fromBank].map((entry) => ({
    ...entry,
    pattern: compileTerms(entry.terms),
  }));
}

export function matchSkills(text: string, vocabulary: readonly TVocabularyEntry[]): TVocabularyEntry[] {
  return vocabulary.filter((entry) => entry.pattern.test(text));
}
