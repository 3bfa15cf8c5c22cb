import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TCodeLanguage } from "@/server/contracts/code";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import { AppError } from "@/server/errors";
import { codeLanguageNotTaken } from "@/server/code-runner/code-language-error";

/**
 * The code part of a submit, checked against the question: only a coding question's main answer takes
 * code, in one of the languages the question has a signature for. Null when the submit has no code.
 */
export function checkAnswerCode(
  coding: TCodingSpec | null,
  input: { code?: string; language?: TCodeLanguage; kind: TAnswerKind },
): { code: string; language: TCodeLanguage } | null {
  if (input.code === undefined || input.language === undefined) return null;
  if (!coding) {
    throw new AppError("VALIDATION_ERROR", "This question takes a written answer, not code: send the answer without code and language.", { field: "code", fields: { code: "this question takes a written answer" } }).withText("server.writtenNotCode");
  }
  if (input.kind === "follow_up") {
    throw new AppError("VALIDATION_ERROR", "A follow-up answer is written, not code: send it without code and language.", { field: "code", fields: { code: "a follow-up answer is written" } }).withText("server.followUpNotCode");
  }
  const languages = Object.keys(coding.signatures) as TCodeLanguage[];
  if (!languages.includes(input.language)) {
    throw codeLanguageNotTaken(languages, { allowed: languages });
  }
  return { code: input.code, language: input.language };
}
