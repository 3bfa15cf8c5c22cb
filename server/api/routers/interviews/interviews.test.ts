import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aiUsage, answers, interviews, scores } from "@/db/schema";
import { toAppError } from "@/server/errors";
import { abandonIdleInterviews } from "@/server/interviews/complete-interview";
import type { TScoringEngine } from "@/server/scoring/service/engine";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { asSessionUser, callerFor, errorOf, registerTestUser, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

const STRONG_ANSWER =
  "First I would clarify the goal and the users. Then I would structure the answer: the trade-offs between consistency and latency, " +
  "the metrics I would track (p99 latency under 200 ms, error rate below 0.1%), and a concrete example from my last project where we " +
  "cut checkout errors by 30% after adding retries with idempotency keys. Finally I would test edge cases and monitor the rollout.";

async function scoreAllPending(interviewId: string) {
  const pending = await db.select({ id: answers.id }).from(answers).where(and(eq(answers.interviewId, interviewId), eq(answers.status, "pending")));
  for (const answer of pending) await scoreStoredAnswer(db, answer.id);
}

describe("starting interviews", () => {
  it("needs a verified email, and says why", async () => {
    const { user } = await registerTestUser(db, "unverified");
    const error = await errorOf(callerFor(db, { user: asSessionUser(user) }).caller.interviews.create({ track: "coding", level: "junior", questionCount: 2 }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.details).toMatchObject({ reason: "email_unverified" });
  });

  it("picks questions of the track and level, and unseen ones before repeats", async () => {
    const { caller } = await verifiedTestUser(db, "unseen");
    const first = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 3 });
    expect(first.interview.questions).toHaveLength(3);
    expect(first.interview).toMatchObject({ track: "behavioral", level: "mid", status: "in_progress" });
    const second = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 3 });
    const firstIds = new Set(first.interview.questions.map((question) => question.questionId));
    expect(second.interview.questions.filter((question) => firstIds.has(question.questionId))).toEqual([]);
  });

  it("asks questions requested by id first (a review item), and refuses an id of another track or level without starting", async () => {
    const { caller } = await verifiedTestUser(db, "review-start");
    const first = await caller.interviews.create({ track: "coding", level: "mid", questionCount: 1 });
    const seenId = first.interview.questions[0]!.questionId;
    const other = await caller.catalog.questions({ track: "behavioral", level: "mid", limit: 1 });
    const otherId = other.questions[0]!.id;
    const unknownId = "00000000-0000-4000-8000-000000000000";
    for (const questionIds of [[otherId, seenId], [unknownId]]) {
      const error = await errorOf(caller.interviews.create({ track: "coding", level: "mid", questionCount: 2, questionIds }));
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(error.message).toContain(questionIds[0]!);
      expect(error.details).toMatchObject({ fields: { questionIds: expect.stringContaining("not an active coding question") as string } });
    }
    // More questions asked for than the interview holds: refused, not trimmed in silence.
    const coding = await caller.catalog.questions({ track: "coding", level: "mid", limit: 3 });
    const tooMany = await errorOf(caller.interviews.create({ track: "coding", level: "mid", questionCount: 2, questionIds: coding.questions.map((q) => q.id) }));
    expect(tooMany.code).toBe("VALIDATION_ERROR");
    expect(tooMany.details).toMatchObject({ fields: { questionIds: "3 questions asked for, but questionCount is 2" } });
    // Nothing started and no quota spent: the free plan's second interview is still there.
    expect((await caller.interviews.list({})).interviews).toHaveLength(1);
    const again = await caller.interviews.create({ track: "coding", level: "mid", questionCount: 2, questionIds: [seenId] });
    expect(again.interview.questions.map((question) => question.questionId)[0]).toBe(seenId);
    expect(again.interview.questions).toHaveLength(2);
  });

  it("20 parallel starts by a free user create exactly 2 interviews; the rest get QUOTA_EXCEEDED with resetsAt", async () => {
    const { user, caller } = await verifiedTestUser(db, "quota");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected").map((result) => toAppError(result.reason));
    expect(refused).toHaveLength(18);
    for (const error of refused) {
      expect(error.code).toBe("QUOTA_EXCEEDED");
      expect(error.details).toMatchObject({ limit: 2, used: 2 });
      expect(Date.parse(String(error.details?.resetsAt))).toBeGreaterThan(Date.now());
    }
    const [row] = await db.select({ n: count() }).from(interviews).where(eq(interviews.userId, user.id));
    expect(row?.n).toBe(2);
  });

  it("refuses a question count outside 1–10, naming the field", async () => {
    const { caller } = await verifiedTestUser(db, "count");
    const error = await errorOf(caller.interviews.create({ track: "coding", level: "intern", questionCount: 11 }));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.fields).toHaveProperty("questionCount");
  });
});

describe("answering", () => {
  it("autosaves drafts, stores every attempt, dedupes identical submits, and scores them", async () => {
    const { caller } = await verifiedTestUser(db, "answers");
    const { interview } = await caller.interviews.create({ track: "software_engineering", level: "mid", questionCount: 2 });
    const question = interview.questions[0]!;
    await caller.interviews.saveDraft({ id: interview.id, questionId: question.questionId, draft: "half an answer" });
    expect((await caller.interviews.get({ id: interview.id })).interview.questions[0]!.draft).toBe("half an answer");

    const submits = await Promise.all(
      Array.from({ length: 10 }, () => caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: STRONG_ANSWER })),
    );
    expect(new Set(submits.map((submit) => submit.answer.id)).size).toBe(1);
    const jobs = await db.execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'score-answer' and data->>'answerId' = ${submits[0]!.answer.id}`);
    expect(jobs[0]?.n).toBe(1);

    await scoreAllPending(interview.id);
    const answer = await caller.interviews.getAnswer({ id: submits[0]!.answer.id });
    expect(answer.answer.status).toMatch(/scored|flagged/);
    expect(answer.answer.score?.scoredBy.provider).toBe("builtin");
    expect(answer.answer.score?.dimensions.map((dimension) => dimension.key)).toEqual(["correctness", "depth", "trade_offs", "practical_experience", "clarity"]);

    const retry = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: `${STRONG_ANSWER} I would also add caching.` });
    expect(retry.answer.id).not.toBe(submits[0]!.answer.id);
    await scoreAllPending(interview.id);
    const reloaded = (await caller.interviews.get({ id: interview.id })).interview.questions[0]!;
    expect(reloaded.attempts.map((attempt) => attempt.attempt)).toEqual([1, 2]);
    expect(reloaded.answer?.attempt).toBe(2);
    expect(reloaded.draft).toBe("");
  });

  it("answers the interviewer's follow-up, scored against the follow-up question", async () => {
    const { caller } = await verifiedTestUser(db, "follow");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "junior", questionCount: 1 });
    const question = interview.questions[0]!;
    const early = await errorOf(caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: "More detail.", kind: "follow_up" }));
    expect(early.code).toBe("CONFLICT");
    await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: STRONG_ANSWER });
    await scoreAllPending(interview.id);
    const followUp = (await caller.interviews.get({ id: interview.id })).interview.questions[0]!.answer!.score!.followUp!;
    expect(followUp.length).toBeGreaterThan(10);
    const reply = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.questionId, answer: "I measured the result weekly.", kind: "follow_up" });
    await scoreAllPending(interview.id);
    const stored = await caller.interviews.getAnswer({ id: reply.answer.id });
    expect(stored.answer).toMatchObject({ kind: "follow_up", prompt: followUp });
    expect(stored.answer.score).not.toBeNull();
  });

  it("never shows or touches another user's interview or answer", async () => {
    const owner = await verifiedTestUser(db, "owner");
    const other = await verifiedTestUser(db, "intruder");
    const { interview } = await owner.caller.interviews.create({ track: "coding", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    const submitted = await owner.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: STRONG_ANSWER });
    const attempts = [
      () => other.caller.interviews.get({ id: interview.id }),
      () => other.caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "mine now" }),
      () => other.caller.interviews.saveDraft({ id: interview.id, questionId, draft: "x" }),
      () => other.caller.interviews.complete({ id: interview.id }),
      () => other.caller.interviews.delete({ id: interview.id }),
      () => other.caller.interviews.getAnswer({ id: submitted.answer.id }),
    ];
    for (const attempt of attempts) expect((await errorOf(attempt())).code).toBe("NOT_FOUND");
    expect((await owner.caller.interviews.get({ id: interview.id })).interview.questions[0]!.draft).toBe("");
  });

  it("completes with the overall score and pass/fail; refuses while scoring is pending", async () => {
    const { caller } = await verifiedTestUser(db, "complete");
    const { interview } = await caller.interviews.create({ track: "software_engineering", level: "senior", questionCount: 2 });
    const [first, second] = interview.questions;
    await caller.interviews.submitAnswer({ id: interview.id, questionId: first!.questionId, answer: STRONG_ANSWER });
    expect((await errorOf(caller.interviews.complete({ id: interview.id }))).code).toBe("CONFLICT");
    await scoreAllPending(interview.id);
    await caller.interviews.skip({ id: interview.id, questionId: second!.questionId });
    const done = (await caller.interviews.complete({ id: interview.id })).interview;
    const firstTotal = done.questions[0]!.answer!.score!.total;
    expect(done.status).toBe("completed");
    expect(done.overallScore).toBe(Math.round(firstTotal / 2));
    expect(done.passed).toBe(done.overallScore! >= done.passThreshold);
    expect((await errorOf(caller.interviews.submitAnswer({ id: interview.id, questionId: second!.questionId, answer: "late" }))).code).toBe("CONFLICT");
  });

  it("lists with filters and cursor pagination, and deletes", async () => {
    const { caller, user } = await verifiedTestUser(db, "history");
    // Free plan: two interviews; more come from rows inserted directly.
    await caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 });
    await caller.interviews.create({ track: "behavioral", level: "junior", questionCount: 1 });
    await db.insert(interviews).values(
      Array.from({ length: 3 }, (_, index) => ({
        userId: user.id,
        track: "coding" as const,
        level: "junior" as const,
        questionCount: 1,
        startedAt: new Date(Date.now() - (index + 8) * 24 * 3600 * 1000),
      })),
    );
    const page1 = await caller.interviews.list({ limit: 2 });
    expect(page1.interviews).toHaveLength(2);
    const page2 = await caller.interviews.list({ limit: 2, cursor: page1.nextCursor! });
    const page3 = await caller.interviews.list({ limit: 2, cursor: page2.nextCursor! });
    const ids = [...page1.interviews, ...page2.interviews, ...page3.interviews].map((row) => row.id);
    expect(new Set(ids).size).toBe(5);
    expect(page3.nextCursor).toBeNull();
    expect((await caller.interviews.list({ track: "behavioral", limit: 10 })).interviews).toHaveLength(1);
    await caller.interviews.delete({ id: ids[0]! });
    expect((await caller.interviews.list({ limit: 10 })).interviews).toHaveLength(4);
  });

  it("abandons in-progress interviews idle for 2 hours", async () => {
    const { caller } = await verifiedTestUser(db, "idle");
    const { interview } = await caller.interviews.create({ track: "coding", level: "senior", questionCount: 1 });
    await db.update(interviews).set({ lastActivityAt: new Date(Date.now() - 3 * 3600 * 1000) }).where(eq(interviews.id, interview.id));
    expect(await abandonIdleInterviews(db)).toBeGreaterThanOrEqual(1);
    expect((await caller.interviews.get({ id: interview.id })).interview.status).toBe("abandoned");
  });
});

describe("scoring jobs", () => {
  it("a job run twice writes one score and records each model call's cost once", async () => {
    const { caller } = await verifiedTestUser(db, "idempotent");
    const { interview } = await caller.interviews.create({ track: "product_management", level: "mid", questionCount: 1 });
    const submitted = await caller.interviews.submitAnswer({ id: interview.id, questionId: interview.questions[0]!.questionId, answer: STRONG_ANSWER });
    const builtin = createBuiltinScorer();
    let modelCalls = 0;
    const paidEngine: TScoringEngine = {
      provider: "openai",
      model: `fake-${submitted.answer.id}`,
      // Like the real scorer: spend written ahead of the call through the ledger, completed after it.
      score: async (input, options) => {
        modelCalls += 1;
        const complete = await options?.ledger?.open({ provider: "openai", model: "fake", inputTokens: 850, costUsd: 0.0001 });
        const score = await builtin.score(input);
        const record = { provider: "openai", model: "fake", inputTokens: 900, outputTokens: 300, costUsd: 0.0012, latencyMs: 40, outcome: "ok" } as const;
        await complete?.(record);
        return { score: { ...score, scoredBy: { ...score.scoredBy, provider: "openai", model: "fake" } }, calls: [record] };
      },
    };
    const outcomes = await Promise.all([scoreStoredAnswer(db, submitted.answer.id, paidEngine), scoreStoredAnswer(db, submitted.answer.id, paidEngine)]);
    expect(outcomes.filter((outcome) => outcome === "scored")).toHaveLength(1);
    expect(await scoreStoredAnswer(db, submitted.answer.id, paidEngine)).toBe("already_scored");
    const [scoreRows] = await db.select({ n: count() }).from(scores).where(eq(scores.answerId, submitted.answer.id));
    const usage = await db.select().from(aiUsage).where(eq(aiUsage.answerId, submitted.answer.id));
    expect(scoreRows?.n).toBe(1);
    // Two overlapping runs may both pay for a call: each call is one row, completed, never two.
    expect(modelCalls).toBeLessThanOrEqual(2);
    expect(usage).toHaveLength(modelCalls);
    for (const row of usage) expect(row).toMatchObject({ provider: "openai", inputTokens: 900, outputTokens: 300, costUsd: "0.001200", purpose: "score", outcome: "ok" });
  });
});

describe("ad-hoc analysis", () => {
  it("scores synchronously; users are rate-limited, admins are not", async () => {
    const { caller, ctx } = await verifiedTestUser(db, "analysis");
    const input = { track: "general" as const, level: "mid" as const, question: "Why do you want this job?", answer: STRONG_ANSWER };
    const { score } = await caller.analysis.run(input);
    expect(score.dimensions.map((dimension) => dimension.key)).toEqual(["understanding", "logic", "specificity", "job_fit"]);
    expect(ctx.res.headers["RateLimit-Limit"]).toBe("30");
    const admin = await verifiedTestUser(db, "analysis-admin");
    const asAdmin = callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } });
    await asAdmin.caller.analysis.run(input);
    expect(asAdmin.ctx.res.headers["RateLimit-Limit"]).toBeUndefined();
  });
});
