/**
 * Components of a coding answer read from its code and complexity; the counted signals (clarifying,
 * edge cases, algorithm, comparison, tests) are in components-lexicon.ts.
 */
import { progress, type TComponentFn } from "@/server/scoring/builtin/component-kit";
import { understatesTime } from "@/server/scoring/builtin/complexity-claim";
import { blankRanges } from "@/server/scoring/builtin/text";

/**
 * What a complexity that the code contradicts keeps: stating one is worth something, but an
 * interviewer counts O(n) for two nested loops over the input as wrong, not as half right.
 */
const CONTRADICTED_COMPLEXITY = 0.25;

/** Advice for a time complexity the code's nested loops contradict (feedback-text phrase maps translate it). */
export const RECOUNT_COMPLEXITY = "recount the time complexity from the code: a loop nested in another loop over the same input makes it at least O(n²)";

/** Whether an answer speaks of time and of space, in English, Russian ("время", "памяти") or Korean ("시간", "공간"). */
const TIME_WORD = /time|врем|시간/u;
const SPACE_WORD = /space|memory|памят|пространств|공간|메모리/u;

/** Credit needs an actual complexity class (O(n), linear...); "it should be efficient" is not one. */
export const complexity: TComponentFn = ({ features, expectation }) => {
  const notation = features.lexicon.complexity;
  const talk = features.lexicon.complexityTalk;
  const text = features.text.toLowerCase();
  const both = TIME_WORD.test(text) && SPACE_WORD.test(text) ? 1 : 0.7;
  // Quoting the question's own target ("O(n) time") earns nothing, but the advice must not then say
  // "state the complexity" beside an answer that did: what is missing is why the solution meets it.
  const quotesTarget = notation.count === 0 && /\bo\([^)\n]{1,20}\)/i.test(features.text);
  const value = Math.min(1, progress(notation.count, 2, expectation) * both + 0.15 * Math.min(1, talk.count));
  const code = features.codeRanges.map((range) => features.text.slice(range.start, range.end)).join("\n");
  if (code && understatesTime(code, blankRanges(features.text, features.codeRanges))) {
    // No evidence: the claim is what is wrong, and advice whose evidence is quoted elsewhere is dropped as already shown.
    return { value: Math.min(value, CONTRADICTED_COMPLEXITY), found: "states the time and space complexity", missing: RECOUNT_COMPLEXITY, evidence: [] };
  }
  return {
    value,
    found: "states the time and space complexity",
    missing: quotesTarget
      ? "show why your solution meets the time and space bound (which loop or structure sets it), not only that it does"
      : "state the time and space complexity in Big-O",
    evidence: notation.sentences,
  };
};

export const code: TComponentFn = ({ features, expectation }) => ({
  value: progress(features.codeChars, 150, expectation),
  found: "writes actual code",
  missing: "write working code for the solution",
  evidence: [],
});

