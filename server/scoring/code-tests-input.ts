/**
 * Runs a stored coding answer's tests while its scoring input is built, so every scoring path (the
 * job, the fallback after the last retry, the AI re-grade) grades the same results.
 */
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TCodeLanguage } from "@/server/contracts/code";
import type { TScoreInput } from "@/server/scoring/scorer";
import { answerWithCode, runAnswerTests } from "./code-tests";

export async function withCodeTests(
  input: TScoreInput,
  answer: { kind: string; code: string | null; language: TCodeLanguage | null; text: string },
  coding: TCodingSpec | null,
): Promise<TScoreInput> {
  if (answer.kind !== "answer" || !answer.code || !answer.language || !coding) return input;
  const codeTests = await runAnswerTests(coding, answer.code, answer.language);
  return { ...input, answer: answerWithCode(answer.text, answer.code, answer.language), codeTests };
}
