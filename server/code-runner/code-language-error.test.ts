/**
 * Issue 18: code in a language the question does not take, refused on submit and on "Run tests",
 * names its catalog entry, so a ru/ko candidate reads it in their language (it was English only).
 */
import { describe, expect, it } from "vitest";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { checkAnswerCode } from "@/server/interviews/answer-code";
import type { AppError } from "@/server/errors";

const pythonOnly = { signatures: { python: "def f(x):\n    pass\n" } } as unknown as TCodingSpec;

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("a code answer the question does not take", () => {
  it("in another language: the English message for REST, the catalog entry with the allowed languages", () => {
    const error = thrown(() => checkAnswerCode(pythonOnly, { code: "function f() {}", language: "javascript", kind: "answer" }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.message).toBe("This question takes Python code.");
    expect(error.details).toMatchObject({ field: "language", fields: { language: "takes Python" }, allowed: ["python"], messageKey: "server.codeLanguageNotTaken", messageValues: { first: "Python", second: "none" } });
  });

  it("to a written question or a follow-up: keyed too", () => {
    expect(thrown(() => checkAnswerCode(null, { code: "x = 1", language: "python", kind: "answer" })).details).toMatchObject({ messageKey: "server.writtenNotCode", field: "code", fields: { code: expect.any(String) } });
    expect(thrown(() => checkAnswerCode(pythonOnly, { code: "x = 1", language: "python", kind: "follow_up" })).details).toMatchObject({ messageKey: "server.followUpNotCode", field: "code", fields: { code: expect.any(String) } });
  });
});
