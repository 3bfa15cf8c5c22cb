/**
 * Runs a stored coding answer's tests while its scoring input is built, so every scoring path (the
 * job, the fallback after the last retry, the AI re-grade) grades the same results.
 */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TCodeLanguage } from "@/server/contracts/code";
import type { TScoreInput } from "@/server/scoring/scorer";
import { answerWithCode, runAnswerTests } from "./code-tests";
import { failedQuestionExamples } from "./example-tests";

export async function withCodeTests(
  input: TScoreInput,
  answer: { kind: string; code: string | null; language: TCodeLanguage | null; text: string },
  coding: TCodingSpec | null,
): Promise<TScoreInput> {
  if (answer.kind !== "answer") return input;
  // A coding question without a test suite (an admin's free-text one) still has the examples its text states.
  if (!coding) return input.rubric === "coding" ? withExampleTests(input) : input;
  if (!answer.code || !answer.language) return input;
  const codeTests = await runAnswerTests(coding, answer.code, answer.language);
  return { ...input, answer: answerWithCode(answer.text, answer.code, answer.language), codeTests };
}

/** The input with the question's examples run on the answer's code, when they show it wrong (example-tests.ts). */
export async function withExampleTests(input: TScoreInput): Promise<TScoreInput> {
  const codeTests = await failedQuestionExamples(input.question.text, input.answer, input.feedbackLanguage ?? "en");
  return codeTests ? { ...input, codeTests } : input;
}
