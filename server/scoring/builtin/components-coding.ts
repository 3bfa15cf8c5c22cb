/**
 * Components of a coding answer read from its code and complexity; the counted signals (clarifying,
 * edge cases, algorithm, comparison, tests) are in components-lexicon.ts.
 */
import { progress, type TComponentFn } from "@/server/scoring/builtin/component-kit";

/** Credit needs an actual complexity class (O(n), linear...); "it should be efficient" is not one. */
export const complexity: TComponentFn = ({ features, expectation }) => {
  const notation = features.lexicon.complexity;
  const talk = features.lexicon.complexityTalk;
  const text = features.text.toLowerCase();
  const both = /time/.test(text) && /space|memory/.test(text) ? 1 : 0.7;
  // Quoting the question's own target ("O(n) time") earns nothing, but the advice must not then say
  // "state the complexity" beside an answer that did: what is missing is why the solution meets it.
  const quotesTarget = notation.count === 0 && /\bo\([^)\n]{1,20}\)/i.test(features.text);
  return {
    value: Math.min(1, progress(notation.count, 2, expectation) * both + 0.15 * Math.min(1, talk.count)),
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

