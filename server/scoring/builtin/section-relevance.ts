/**
 * Section-by-section relevance: how much of the answer's specific content sits in sentences that
 * name one of the question's own specific terms. An on-topic answer keeps coming back to what was
 * asked; a fluent answer to another question borrows the question's words in its opening and then
 * spends the rest of its content elsewhere, which whole-answer overlap cannot see.
 */
import { specificity } from "@/server/scoring/builtin/term-specificity";
import type { TTopicTerm } from "@/server/scoring/builtin/topic";

/** Words at least this specific carry a sentence's content (and name a question's subject). */
const CONTENT_SPECIFICITY = 0.3;
/** Scene-setting and generic question words (weight below this) do not tie a sentence to the question. */
const MIN_TERM_WEIGHT = 0.6;

const samePrefix = (a: string, b: string): boolean => a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5);

/**
 * 0..1: the specificity-weighted share of the answer's sentences that mention a specific term of
 * the question (the stem itself or a word sharing its first five letters). 1 when the question or
 * the answer has no specific vocabulary to compare.
 */
export function sectionShare(terms: readonly TTopicTerm[], sentenceStems: readonly (readonly string[])[]): number {
  const asked = terms.filter((t) => t.weight >= MIN_TERM_WEIGHT && !/^\d+$/.test(t.stem) && specificity(t.stem) >= CONTENT_SPECIFICITY);
  if (asked.length === 0) return 1;
  const names = (s: string): boolean => asked.some((t) => t.stem === s || samePrefix(t.stem, s));
  let mass = 0;
  let onTopic = 0;
  for (const stems of sentenceStems) {
    const content = stems.reduce((sum, s) => {
      const weight = specificity(s);
      return sum + (weight >= CONTENT_SPECIFICITY ? weight : 0);
    }, 0);
    mass += content;
    if (stems.some(names)) onTopic += content;
  }
  return mass === 0 ? 1 : onTopic / mass;
}
