/**
 * The scoring job stores a score in one statement when it can (store-score.ts). What must hold as
 * before: one score per answer, the answer settled and the candidate's page pushed with it, and the
 * interview's overall score right when the score lands after (or while) the interview is completed.
 */
import { count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createDb } from "@/db";
import { answers, interviews, scores } from "@/db/schema";
import { closeDb } from "@/server/db";
import { REALTIME_CHANNEL } from "@/server/realtime/events";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { scoringEngine, type TScoringEngine } from "@/server/scoring/service/engine";
import { connectTestDb } from "@/test/helpers/db";
import { createAnswer, createCandidate, createInterview } from "@/test/helpers/factories";

const db = connectTestDb();
afterAll(() => closeDb());

const ANSWER = "I would clarify the goal, compare two designs by cost and latency, ship the simpler one behind a flag, and measure p95 latency and errors.";

async function pending(label: string) {
  const candidate = await createCandidate(db, label);
  const interview = await createInterview(candidate, { track: "software_engineering", questionCount: 1 });
  const answer = await createAnswer(candidate, interview, { text: ANSWER });
  return { candidate, interviewId: answer.interviewId, answerId: answer.id };
}

async function interviewRow(id: string) {
  const [row] = await db.select({ status: interviews.status, overallScore: interviews.overallScore }).from(interviews).where(eq(interviews.id, id));
  return row!;
}

async function scoreTotal(answerId: string): Promise<number> {
  const [row] = await db.select({ total: scores.total }).from(scores).where(eq(scores.answerId, answerId));
  return row!.total;
}

describe("storing a score", () => {
  it("stores one score, settles the answer and pushes it on commit; a second run stores nothing", async () => {
    const { answerId } = await pending("store-once");
    const listener = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const pushed: string[] = [];
    await listener.listen(REALTIME_CHANNEL, (payload) => void pushed.push(payload));
    try {
      expect(await scoreStoredAnswer(db, answerId)).toBe("scored");
      expect(await scoreStoredAnswer(db, answerId)).toBe("already_scored");
      const [row] = await db.select({ status: answers.status, scoredAt: answers.scoredAt }).from(answers).where(eq(answers.id, answerId));
      expect(row!.status).toMatch(/scored|flagged/);
      expect(row!.scoredAt).not.toBeNull();
      const [stored] = await db.select({ n: count() }).from(scores).where(eq(scores.answerId, answerId));
      expect(stored!.n).toBe(1);
      await expect.poll(() => pushed.filter((payload) => payload.includes(answerId)).length).toBe(1);
    } finally {
      await listener.end({ timeout: 5 });
    }
  });

  it("a score landing after the interview was completed updates its overall score", async () => {
    const { interviewId, answerId } = await pending("store-completed");
    await db.update(interviews).set({ status: "completed", completedAt: sql`now()`, overallScore: 0, passed: "no" }).where(eq(interviews.id, interviewId));
    expect(await scoreStoredAnswer(db, answerId)).toBe("scored");
    const total = await scoreTotal(answerId);
    expect(total).toBeGreaterThan(0);
    expect((await interviewRow(interviewId)).overallScore).toBe(total);
  });

  it("a completion holding the interview's lock: the score waits for it, then recomputes the overall", async () => {
    const { interviewId, answerId } = await pending("store-race");
    // A completion in flight: its update holds the interview row until it commits (its own recompute ran before this score existed).
    const other = createDb(process.env.DATABASE_URL!, { max: 1 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const completion = other.db.transaction(async (tx) => {
      await tx.update(interviews).set({ status: "completed", completedAt: sql`now()`, overallScore: 0, passed: "no" }).where(eq(interviews.id, interviewId));
      locked();
      await held;
    });
    try {
      await lockTaken;
      const scoring = scoreStoredAnswer(db, answerId);
      // The score cannot be stored while the completion holds the lock.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [early] = await db.select({ n: count() }).from(scores).where(eq(scores.answerId, answerId));
      expect(early!.n).toBe(0);
      release();
      await completion;
      expect(await scoring).toBe("scored");
      expect((await interviewRow(interviewId)).overallScore).toBe(await scoreTotal(answerId));
    } finally {
      release();
      await other.sql.end({ timeout: 5 });
    }
  });

  it("a retry after a try that stored the score but died before the recompute repairs the overall", async () => {
    const { interviewId, answerId } = await pending("store-repair");
    expect(await scoreStoredAnswer(db, answerId)).toBe("scored");
    // As if the interview was completed and the recompute never ran: a stale overall.
    await db.update(interviews).set({ status: "completed", completedAt: sql`now()`, overallScore: 0, passed: "no" }).where(eq(interviews.id, interviewId));
    expect(await scoreStoredAnswer(db, answerId)).toBe("already_scored");
    expect((await interviewRow(interviewId)).overallScore).toBe(await scoreTotal(answerId));
  });

  it("builds its statement once per database handle: a later answer's score builds no SQL, and is stored the same", async () => {
    const first = await pending("store-built-once-1");
    const second = await pending("store-built-once-2");
    expect(await scoreStoredAnswer(db, first.answerId)).toBe("scored");
    const insert = vi.spyOn(db, "insert");
    const update = vi.spyOn(db, "update");
    try {
      expect(await scoreStoredAnswer(db, second.answerId)).toBe("scored");
      // Before the eighth session Drizzle built the insert and the update (and the CTE around them) for every answer.
      expect([insert.mock.calls.length, update.mock.calls.length]).toEqual([0, 0]);
    } finally {
      insert.mockRestore();
      update.mockRestore();
    }
    const rows = await db.select().from(scores).where(sql`${scores.answerId} in (${first.answerId}, ${second.answerId})`);
    expect(rows).toHaveLength(2);
    // Absent values are SQL NULL, as Drizzle's built statement stores them (not JSON null in a jsonb column).
    const nulls = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${scores} where ${scores.answerId} = ${second.answerId} and code_tests is null and review_note is null and fallback_reason is null`);
    expect(nulls[0]!.n).toBe(1);
    for (const row of rows) {
      expect(row).toMatchObject({ track: "software_engineering", provisional: false, manual: false, fallbackReason: null, reviewNote: null, codeTests: null });
      expect(row.dimensions.length).toBeGreaterThan(0);
      expect(Array.isArray(row.strengths) && Array.isArray(row.flags)).toBe(true);
    }
    // A score without a confidence (null in the row): SQL NULL in its jsonb column, as before.
    const third = await pending("store-built-once-3");
    const builtin = scoringEngine();
    const noConfidence: TScoringEngine = { ...builtin, score: async (input, options) => {
      const result = await builtin.score(input, options);
      return { ...result, score: { ...result.score, confidence: undefined } };
    } };
    expect(await scoreStoredAnswer(db, third.answerId, noConfidence)).toBe("scored");
    const sqlNull = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${scores} where ${scores.answerId} = ${third.answerId} and confidence is null`);
    expect(sqlNull[0]!.n).toBe(1);
    const settled = await db.select({ status: answers.status, flagReasons: answers.flagReasons }).from(answers).where(eq(answers.id, second.answerId));
    expect(settled[0]!.status).toBe(settled[0]!.flagReasons.length > 0 ? "flagged" : "scored");
  });
});
