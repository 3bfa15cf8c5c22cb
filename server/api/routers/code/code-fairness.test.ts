/**
 * One candidate firing many "Run tests" at once (each an infinite loop) must not make everyone else
 * wait behind them: a user has at most CODE_RUNS_IN_FLIGHT runs in the sandbox at a time, the rest
 * are refused at once with 429, and another candidate's run goes through promptly.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questions } from "@/db/schema";
import { shutdownCodeRunner, warmCodeRunner } from "@/server/code-runner/run-code";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

beforeAll(() => warmCodeRunner(), 180_000);
afterAll(() => shutdownCodeRunner());

async function codingQuestion(label: string) {
  const candidate = await verifiedTestUser(db, label);
  const { interview } = await candidate.caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
  const question = interview.questions[0]!;
  const [row] = await db.select().from(questions).where(eq(questions.id, question.questionId));
  return { ...candidate, questionId: question.questionId, spec: row!.coding as TCodingSpec };
}

describe("code runs under a flood from one candidate", () => {
  it("refuses runs past the candidate's in-flight cap and serves another candidate promptly", async () => {
    const hostile = await codingQuestion("code-flood");
    const honest = await codingQuestion("code-honest");
    const loop = `def ${hostile.spec.functionName}(*args):\n    while True:\n        pass`;
    const flood = Array.from({ length: 8 }, () =>
      hostile.caller.code.run({ questionId: hostile.questionId, language: "python", code: loop }).then(
        (result) => result.status,
        (error: { code?: string }) => error.code ?? "error",
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const reference = honest.spec.reference.python;
    const result = await honest.caller.code.run({ questionId: honest.questionId, language: "python", code: reference });
    const waited = Date.now() - started;
    expect(result.status).toBe("passed");
    const statuses = await Promise.all(flood);
    console.log(`flood: ${statuses.join(", ")}; the honest run took ${waited} ms`);
    expect(statuses.filter((status) => status === "TOO_MANY_REQUESTS").length).toBeGreaterThanOrEqual(6);
    // Two hostile runs at most ahead of it, each ended at its time limit (plus a busy machine's slack).
    expect(waited).toBeLessThan(2 * hostile.spec.timeLimitMs + 6000);
  }, 180_000);
});
