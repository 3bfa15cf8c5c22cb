/**
 * How a failing test is put into words for the candidate ("input [2,7,11,15], 9: expected [0,1], got
 * [1,0]"), and the forms its values take there: shared by the scorer (scoring/code-tests.ts) and by
 * what a candidate reads of a stored score (interviews/candidate-score.ts), which takes hidden values out.
 */
import type { TScoreTests } from "@/server/contracts/code";
import { runErrorOf, type TRunErrorCode } from "@/server/contracts/run-errors";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { codeTestsText, runErrorText } from "./code-tests-text";

export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const json = (value: unknown) => (typeof value === "string" && value.includes("characters)") ? value : (JSON.stringify(value) ?? "undefined"));

/** A test's arguments as the result table writes them: each argument, comma-separated ("[2,7,11,15], 9"). */
export const argumentsText = (input: unknown) => (Array.isArray(input) ? input.map(json).join(", ") : json(input));

/** Limits a hidden test's failure may name: they say nothing of its values (an exception's text could). */
const HIDDEN_LIMITS = new Set<TRunErrorCode>(["time_limit", "memory_limit", "not_run"]);

/**
 * "input [2,7,11,15], 9: expected [0,1], got [1,0]" (or the error the code raised), in the feedback's
 * language. The feedback is the candidate's to read, so a hidden test is named without its values.
 */
export function describeFailure(test: TScoreTests["tests"][number], max = 300, language: TLanguage = "en"): string {
  const text = codeTestsText(language);
  if (test.hidden) {
    const limit = test.error && HIDDEN_LIMITS.has(runErrorOf(test.error).code) ? runErrorText(test.error, language) : undefined;
    return clip(text.hiddenFailure(test.name, limit), max);
  }
  const got = test.error ? runErrorText(test.error, language) : text.got(json(test.actual));
  return clip(text.failure(test.name, Boolean(test.hidden), argumentsText(test.input), json(test.expected), got), max);
}

/**
 * A failing hidden test as feedback written before hidden values stayed on the server quoted it,
 * input, expected value and result included (the old describeFailure); candidate-score.ts finds it in
 * stored scores and puts describeFailure's words in its place.
 */
export function formerHiddenFailure(test: TScoreTests["tests"][number], language: TLanguage): string {
  const text = codeTestsText(language);
  const got = test.error ? runErrorText(test.error, language) : text.got(json(test.actual));
  return clip(text.failure(test.name, true, argumentsText(test.input), json(test.expected), got), 300);
}

/** A test's values as the results table and the AI grader's prompt write them: the arguments (together and each), the expected value, the result. */
export function testValueTexts(test: TScoreTests["tests"][number]): string[] {
  const values = [test.input, ...(Array.isArray(test.input) ? test.input : []), test.expected, test.actual].filter((value) => value !== undefined);
  return [...new Set([argumentsText(test.input), ...values.map(json)])];
}
