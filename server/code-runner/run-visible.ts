/**
 * "Run tests" for a candidate: a question's visible examples only (hidden tests run when the answer is
 * scored). Any active coding question can be run; the examples are what its interview page shows anyway.
 */
import { and, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { questions } from "@/db/schema";
import type { TRunCodeInput } from "@/server/contracts/code";
import { AppError } from "@/server/errors";
import type { RateLimitPolicy } from "@/server/rate-limit/fixed-window";
import { testsFor } from "./public-spec";
import { runCode } from "./run-code";
import type { TRunResult } from "@/server/contracts/vocabulary/code-shapes";

/** Each run takes a sandbox worker for up to a few seconds: enough for real practice, not for a flood. */
export const CODE_RUN_PER_USER = { limit: 30, windowMs: 60_000 } as const satisfies RateLimitPolicy;

export async function runVisibleTests(db: TDbOrTx, input: TRunCodeInput): Promise<TRunResult> {
  const [question] = await db
    .select({ coding: questions.coding })
    .from(questions)
    .where(and(eq(questions.id, input.questionId), eq(questions.active, true)));
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  const spec = question.coding;
  if (!spec) throw new AppError("VALIDATION_ERROR", "This question has no tests to run: it takes a written answer.", { field: "questionId" });
  if (!(input.language in spec.signatures)) {
    throw new AppError("VALIDATION_ERROR", `This question takes ${Object.keys(spec.signatures).join(" or ")} code.`, { field: "language" });
  }
  return runCode({
    language: input.language,
    code: input.code,
    functionName: spec.functionName,
    tests: testsFor(spec, "examples"),
    style: spec.style,
    params: spec.params,
    returns: spec.returns,
    timeLimitMs: spec.timeLimitMs,
  });
}
