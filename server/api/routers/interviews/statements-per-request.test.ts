/**
 * SQL statements per step of the practice loop (docs/performance.md, issue #13): each statement is a
 * round trip in the app and a bind/execute in PostgreSQL, so the write path keeps them few. Counted
 * with Drizzle's query logger on a pool of its own (BEGIN/COMMIT are not queries and not counted).
 */
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import type { TDatabase } from "@/db";
import * as schema from "@/db/schema";
import { answers, idempotencyKeys } from "@/db/schema";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { randomUUID } from "node:crypto";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { asSessionUser, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

// Everything the client sends, savepoints included (Drizzle's logger does not see those).
const sent: string[] = [];
const client = postgres(process.env.DATABASE_URL!, { max: 4, onnotice: () => {}, debug: (_connection, query) => void sent.push(query) });
afterAll(() => client.end({ timeout: 5 }));
let statements = 0;
const texts: string[] = [];
const counted = drizzle(client, {
  schema,
  casing: "snake_case",
  logger: { logQuery: (query) => void (statements += 1, texts.push(query.slice(0, 140))) },
}) as unknown as TDatabase;
const db = connectTestDb();

/** `sent`: everything the client sent (BEGIN, COMMIT and pg-boss's job insert included). */
async function count<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; savepoints: number; sent: number }> {
  const before = statements;
  const sentBefore = sent.length;
  const result = await work();
  if (process.env.PRINT_STATEMENTS) console.log(texts.slice(before).join("\n"), "\n--- sent:\n" + sent.slice(sentBefore).map((q) => q.replace(/\s+/g, " ").slice(0, 120)).join("\n"));
  return { result, statements: statements - before, sent: sent.length - sentBefore, savepoints: sent.slice(sentBefore).filter((query) => /^\s*savepoint\b/i.test(query)).length };
}

const ANSWER = "I would clarify the goal, weigh consistency against latency, track p99 latency and error rate, and roll out behind a flag.";

describe("statements per practice step", () => {
  it("start, submit and complete stay within their statement budgets", async () => {
    const { user } = await verifiedTestUser(db, "statements");
    // As the REST clients and bench:api send them: an Idempotency-Key on start and submit.
    const caller = () => createCaller(createContextInner({ requestId: randomUUID(), db: counted, user: asSessionUser(user), headers: new Headers({ "Idempotency-Key": randomUUID() }) }));

    const start = await count(() => caller().interviews.create({ track: "behavioral", level: "mid", questionCount: 2 }));
    const interview = start.result.interview;
    const submit = await count(() =>
      caller().interviews.submitAnswer({ id: interview.id, questionId: interview.questions[0]!.questionId, kind: "answer", answer: ANSWER }),
    );
    const [row] = await db.select({ id: answers.id }).from(answers).where(eq(answers.id, submit.result.answer.id));
    // The job carries its owner: the worker's per-user cap needs no look-up per job.
    const [job] = await db.execute<{ data: { answerId: string; userId?: string } }>(sql`select data from pgboss.job where name = 'score-answer' and singleton_key = ${row!.id}`);
    expect(job!.data).toEqual({ answerId: row!.id, userId: user.id });
    // Its scoring, as the worker runs it (the built-in analyzer; the score cache's look-up included).
    const scoring = await count(() => scoreStoredAnswer(counted, row!.id));
    expect(scoring.result).toBe("scored");
    // The score wait's read (and each re-read on a notification): the answer and its newest score in one statement.
    const read = await count(() => caller().interviews.getAnswer({ id: row!.id }));
    expect(read.result.answer.score).not.toBeNull();
    expect(read.statements).toBe(1);
    // The interview view (GET /interviews/{id}, and start's and complete's answers): one joined read.
    const view = await count(() => caller().interviews.get({ id: interview.id }));
    expect(view.result.interview.questions[0]!.attempts).toHaveLength(1);
    expect(view.statements).toBe(1);
    const complete = await count(() => caller().interviews.complete({ id: interview.id }));

    // The response is what a fresh read says.
    expect(complete.result.interview).toEqual((await caller().interviews.get({ id: interview.id })).interview);
    // Stats and history (the loop's last two reads): one statement each (four and two before the seventh session).
    const stats = await count(() => caller().progress.stats());
    expect(stats.result).toMatchObject({ totalInterviews: 1, completedInterviews: 1, questionsAnswered: 1, currentStreak: 1 });
    expect(stats.statements).toBe(1);
    const history = await count(() => caller().interviews.list({ limit: 20 }));
    expect(history.result.interviews).toEqual([expect.objectContaining({ id: interview.id, answeredCount: 1, status: "completed" })]);
    expect(history.statements).toBe(1);
    console.log(`statements per request: start ${start.statements}, submit ${submit.statements}, scoring ${scoring.statements}, complete ${complete.statements}`);
    expect(complete.result.interview).toMatchObject({ id: interview.id, status: "completed" });
    expect(complete.result.interview.overallScore).not.toBeNull();
    // Before this session's cut (a free user's first start, which also queues the "one left" email):
    // start 20, submit 10, complete 13. The idempotency row is now claimed by one upsert; start reads
    // the account once (language and the notice's recipient); submit touches the interview's and the
    // account's activity in one statement; complete builds its answer from what it read and what its
    // update returned.
    // Then (this session) the plan is read in one statement (subscriptions and grants: two before), and
    // the new interview is read back without looking for answers it cannot have yet: start 15.
    // Sixth session: 15 → 14, the interview and its items inserted in one statement.
    // Seventh: 14 → 13, the new interview read back in one joined statement (interview and items were two).
    expect(start.statements).toBeLessThanOrEqual(13);
    // Submit (fifth session): 8 → 7, the question's status and draft set in the activity statement.
    // Seventh: 7 → 5. The interview's status (read again after the lock) and the latest attempt are one
    // statement; the answer is inserted in the activity statement (its id made in the app), and that
    // statement, the job and the idempotent response are sent together (pipelined: one round trip).
    expect(submit.statements).toBeLessThanOrEqual(5);
    expect(submit.sent).toBeLessThanOrEqual(8);
    // Scoring (fifth session): 8 before — the answer, then a separate "already scored?" read, and the push
    // (pg_notify) as its own statement. Now the first read says whether it is scored and the push rides on
    // the answer's update (RETURNING): the answer, the score cache (look-up and, on a miss, its insert), the
    // score, the answer's status with the push, the interview's lock.
    // Sixth session: 6 → 2. The built-in analyzer skips the score cache (its look-up and insert cost more
    // than the analysis), and the score, the answer's status with the push and the interview's lock are
    // one statement outside a transaction (store-score.ts): the answer, then that statement.
    expect(scoring.statements).toBeLessThanOrEqual(2);
    // Complete (sixth session): 9 → 5. It locks first (the status update, whose RETURNING is the interview
    // row) and reads after, so the overall comes from its own reads: no second lock, no second read.
    // Seventh: 5 → 3, its items, answers and scores read in one joined statement.
    expect(complete.statements).toBeLessThanOrEqual(3);
    // Start and submit run inside the idempotency transaction: no savepoint of their own (SAVEPOINT +
    // RELEASE were two more round trips each). The start's one is queueEmail's, for the "one left" email.
    expect([start.savepoints, submit.savepoints]).toEqual([1, 0]);
  });

  it("a replayed start shows the interview as it is now, answers included", async () => {
    const { user } = await verifiedTestUser(db, "replay-answered");
    const headers = new Headers({ "Idempotency-Key": `k-${randomUUID()}` });
    const caller = () => createCaller(createContextInner({ requestId: randomUUID(), db, user: asSessionUser(user), headers }));
    const first = await caller().interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect(first.interview.questions[0]!.attempts).toEqual([]);
    const questionId = first.interview.questions[0]!.questionId;
    await createCaller(createContextInner({ requestId: randomUUID(), db, user: asSessionUser(user) })).interviews.submitAnswer({ id: first.interview.id, questionId, kind: "answer", answer: ANSWER });
    const replay = await caller().interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect(replay.interview.id).toBe(first.interview.id);
    expect(replay.interview.questions[0]!.attempts).toHaveLength(1);
  });

  it("an expired Idempotency-Key is taken over by the next request, which runs as new", async () => {
    const { user } = await verifiedTestUser(db, "idem-expired");
    const headers = new Headers({ "Idempotency-Key": `k-${randomUUID()}` });
    const caller = () => createCaller(createContextInner({ requestId: randomUUID(), db, user: asSessionUser(user), headers }));
    const first = await caller().interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    await db.update(idempotencyKeys).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(idempotencyKeys.userId, user.id));
    // Even another request under the old key: the expired row no longer binds it.
    const second = await caller().interviews.create({ track: "coding", level: "mid", questionCount: 1 });
    expect(second.interview.id).not.toBe(first.interview.id);
    const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.userId, user.id));
    expect(row!.response).toEqual({ interviewId: second.interview.id });
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const replay = await caller().interviews.create({ track: "coding", level: "mid", questionCount: 1 });
    expect(replay.interview.id).toBe(second.interview.id);
  });
});
