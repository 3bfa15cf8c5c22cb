/**
 * "Run tests" for a candidate: a question's visible examples only (hidden tests run when the answer is
 * scored). Any active coding question can be run; the examples are what its interview page shows anyway.
 */
import { and, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { questions } from "@/db/schema";
import type { TCodeLanguage, TRunCodeInput } from "@/server/contracts/code";
import { AppError, secondsText } from "@/server/errors";
import type { RateLimitPolicy } from "@/server/rate-limit/fixed-window";
import { codeLanguageNotTaken } from "./code-language-error";
import { testsFor } from "./public-spec";
import { runCode } from "./run-code";
import type { TRunResult } from "@/server/contracts/vocabulary/code-shapes";

/** Each run takes a sandbox worker for up to a few seconds: enough for real practice, not for a flood. */
export const CODE_RUN_PER_USER = { limit: 30, windowMs: 60_000 } as const satisfies RateLimitPolicy;

/**
 * Runs one user may have in this process's sandbox at once. The per-minute limit alone let one
 * candidate queue 30 infinite loops at once, and everyone else's run waited behind all of them
 * (measured: 9.4 s behind 8, with 2 workers); now at most two of theirs are ahead of anyone.
 */
export const CODE_RUNS_IN_FLIGHT = 2;
const RETRY_AFTER_SECONDS = 5;
const inFlight = new Map<string, number>();

async function oneOfTheirRuns<T>(userId: string, run: () => Promise<T>): Promise<T> {
  const current = inFlight.get(userId) ?? 0;
  if (current >= CODE_RUNS_IN_FLIGHT) {
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${secondsText(RETRY_AFTER_SECONDS)}.`, { retryAfterSeconds: RETRY_AFTER_SECONDS, reason: "runs_in_flight", limit: CODE_RUNS_IN_FLIGHT });
  }
  inFlight.set(userId, current + 1);
  try {
    return await run();
  } finally {
    const left = (inFlight.get(userId) ?? 1) - 1;
    if (left <= 0) inFlight.delete(userId);
    else inFlight.set(userId, left);
  }
}

export async function runVisibleTests(db: TDbOrTx, userId: string, input: TRunCodeInput): Promise<TRunResult> {
  const [question] = await db
    .select({ coding: questions.coding })
    .from(questions)
    .where(and(eq(questions.id, input.questionId), eq(questions.active, true)));
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  const spec = question.coding;
  if (!spec) throw new AppError("VALIDATION_ERROR", "This question has no tests to run: it takes a written answer.", { field: "questionId", fields: { questionId: "takes a written answer: no tests to run" } });
  if (!(input.language in spec.signatures)) {
    throw codeLanguageNotTaken(Object.keys(spec.signatures) as TCodeLanguage[]);
  }
  return oneOfTheirRuns(userId, () => runCode({
    language: input.language,
    code: input.code,
    functionName: spec.functionName,
    tests: testsFor(spec, "examples"),
    style: spec.style,
    params: spec.params,
    returns: spec.returns,
    timeLimitMs: spec.timeLimitMs,
  }));
}
