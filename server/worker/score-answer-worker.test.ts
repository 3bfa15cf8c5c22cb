import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { answers } from "@/db/schema";
import { closeDb } from "@/server/db";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { startBackgroundWorker } from "./start-background-worker";

const db = connectTestDb();
afterAll(() => closeDb());

async function waitForScore(answerId: string, timeoutMs: number): Promise<{ status: string; ms: number }> {
  const started = Date.now();
  for (;;) {
    const [row] = await db.select({ status: answers.status }).from(answers).where(eq(answers.id, answerId));
    if (row && row.status !== "pending") return { status: row.status, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) return { status: row?.status ?? "missing", ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ANSWER = "I would first clarify requirements, then compare two designs and their trade-offs, and measure p95 latency before and after.";

describe("the score-answer queue", () => {
  it("an answer queued while no worker runs is scored when a worker starts, and again after a restart", async () => {
    const { caller } = await verifiedTestUser(db, "worker");
    const { interview } = await caller.interviews.create({ track: "software_engineering", level: "junior", questionCount: 2 });
    const [first, second] = interview.questions;

    const queued = await caller.interviews.submitAnswer({ id: interview.id, questionId: first!.questionId, answer: ANSWER });
    const worker = await startBackgroundWorker();
    try {
      expect((await waitForScore(queued.answer.id, 10_000)).status).toMatch(/scored|flagged/);
    } finally {
      await worker.stop();
    }

    // Submitted while the worker is down: nothing is lost, the next worker picks it up.
    const whileDown = await caller.interviews.submitAnswer({ id: interview.id, questionId: second!.questionId, answer: `${ANSWER} Also caching.` });
    expect((await waitForScore(whileDown.answer.id, 500)).status).toBe("pending");
    const restarted = await startBackgroundWorker();
    try {
      const result = await waitForScore(whileDown.answer.id, 10_000);
      expect(result.status).toMatch(/scored|flagged/);
      // With the worker running, a fresh submit is scored by the built-in analyzer well within a second or so.
      const { interview: next } = await caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 });
      const live = await caller.interviews.submitAnswer({ id: next.id, questionId: next.questions[0]!.questionId, answer: ANSWER });
      const timing = await waitForScore(live.answer.id, 10_000);
      expect(timing.status).toMatch(/scored|flagged/);
      console.log(`built-in score latency with a running worker: ${timing.ms} ms`);
    } finally {
      await restarted.stop();
    }
  }, 60_000);
});
