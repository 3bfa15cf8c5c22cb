import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { idempotencyKeys, interviews, users } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { toAppError } from "@/server/errors";
import { computeTotal, getRubric } from "@/server/contracts/vocabulary/rubrics";
import type { TScoringEngine } from "@/server/scoring/service/engine";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { asSessionUser, callerFor, errorOf, registerTestUser, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

/** A scorer that gives every dimension the same share of its max: "PCT=40" in the answer → 40/100. */
const fixedEngine: TScoringEngine = {
  provider: "builtin",
  model: `fixed-${randomUUID()}`,
  async score(input) {
    const pct = Number(/PCT=(\d+)/.exec(input.answer)?.[1] ?? 50);
    const dimensions = getRubric(input.rubric).dimensions.map((dimension) => ({
      key: dimension.key,
      label: dimension.label,
      score: Math.round((dimension.max * pct) / 100),
      max: dimension.max,
      comment: `Automatic comment on ${dimension.label}.`,
      evidence: [],
    }));
    return {
      score: {
        total: computeTotal(dimensions),
        dimensions,
        strengths: ["automatic strength"],
        improvements: ["automatic improvement"],
        feedback: "Automatic feedback from the analyzer.",
        sampleAnswer: "A sample answer.",
        followUp: null,
        flags: [],
        scoredBy: { provider: "builtin", model: "rehearse-analyzer", rubricVersion: "test" },
        tokens: null,
        latencyMs: 1,
      },
      calls: [],
    };
  },
};

function answerText(pct: number) {
  return `My answer with a clear structure, concrete metrics and trade-offs. PCT=${pct} ${randomUUID()}`;
}

/** A caller whose requests carry these headers (as the HTTP handlers pass them). */
function callerWithHeaders(user: TSessionUser, headers: Record<string, string>) {
  const ctx = createContextInner({ requestId: `test-${randomUUID()}`, db, user, headers: new Headers(headers) });
  return { caller: createCaller(ctx), ctx };
}

async function adminCaller() {
  const admin = await verifiedTestUser(db, "reviewer");
  await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
  return { ...admin, caller: callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller };
}

describe("a manual score recomputes the interview's score and hides the reviewer", () => {
  it("raises overallScore and passed in the report and the history; no reviewer email anywhere the candidate looks", async () => {
    const candidate = await verifiedTestUser(db, "reviewed");
    const admin = await adminCaller();
    const { interview } = await candidate.caller.interviews.create({ track: "software_engineering", level: "mid", questionCount: 2 });
    const [first, second] = interview.questions;
    const a = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId: first!.questionId, answer: answerText(100) });
    const b = await candidate.caller.interviews.submitAnswer({ id: interview.id, questionId: second!.questionId, answer: answerText(20) });
    await scoreStoredAnswer(db, a.answer.id, fixedEngine);
    await scoreStoredAnswer(db, b.answer.id, fixedEngine);
    const completed = await candidate.caller.interviews.complete({ id: interview.id });
    expect(completed.interview).toMatchObject({ overallScore: 60, passed: false });

    const dimensions = getRubric("software_engineering").dimensions.map((dimension) => ({ key: dimension.key, score: dimension.max }));
    await admin.caller.admin.setManualScore({ answerId: b.answer.id, dimensions, note: "You covered the trade-offs well; the analyzer missed them." });

    const report = await candidate.caller.interviews.get({ id: interview.id });
    expect(report.interview).toMatchObject({ overallScore: 100, passed: true });
    const history = await candidate.caller.interviews.list({ limit: 10 });
    expect(history.interviews.find((row) => row.id === interview.id)).toMatchObject({ overallScore: 100, passed: true });

    const reviewed = report.interview.questions[1]!.answer!;
    expect(reviewed.score?.total).toBe(100);
    expect(reviewed.review).toEqual({ reviewedBy: "Rehearse team", note: "You covered the trade-offs well; the analyzer missed them." });
    // The automatic feedback is kept apart from the note, not merged into it.
    expect(reviewed.score?.feedback).toBe("Automatic feedback from the analyzer.");
    const answer = await candidate.caller.interviews.getAnswer({ id: b.answer.id });
    for (const shown of [JSON.stringify(report), JSON.stringify(history), JSON.stringify(answer)]) {
      expect(shown).not.toContain(admin.email);
      expect(shown).not.toContain(admin.user.id);
    }
    expect(answer.answer.score?.scoredBy).toMatchObject({ provider: "manual", model: "Rehearse team" });

    // A later rescore replaces the manual score, clears the note and recomputes again.
    await admin.caller.admin.rescore({ answerId: b.answer.id, using: "builtin" });
    const rescored = await candidate.caller.interviews.get({ id: interview.id });
    const total = rescored.interview.questions[1]!.answer!.score!.total;
    expect(rescored.interview.overallScore).toBe(Math.round((100 + total) / 2));
    expect(rescored.interview.questions[1]!.answer!.review).toBeNull();
  });
});

describe("two tabs on one question", () => {
  it("a stale expectedVersion is a 409 with the current answer; the current version submits a deliberate new attempt", async () => {
    const { caller } = await verifiedTestUser(db, "two-tabs");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    expect(interview.questions[0]!.versions).toEqual({ answer: 0, followUp: 0 });

    const tabA = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: answerText(60), expectedVersion: 0 });
    await scoreStoredAnswer(db, tabA.answer.id, fixedEngine);

    const stale = await errorOf(caller.interviews.submitAnswer({ id: interview.id, questionId, answer: answerText(0), expectedVersion: 0 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/answered in another tab or device/);
    expect(stale.details).toMatchObject({ reason: "stale_version", expectedVersion: 0, currentVersion: 1, current: { id: tabA.answer.id, attempt: 1 } });
    expect((stale.details?.current as { score: { total: number } }).score.total).toBe(60);

    const view = await caller.interviews.get({ id: interview.id });
    expect(view.interview.questions[0]!.attempts).toHaveLength(1);
    expect(view.interview.questions[0]!.versions.answer).toBe(1);

    const deliberate = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: answerText(0), expectedVersion: 1 });
    expect(deliberate.answer.id).not.toBe(tabA.answer.id);
    // Old clients that send no expectedVersion keep today's behaviour: a new attempt.
    const legacy = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: answerText(10) });
    expect(legacy.answer.status).toBe("pending");
    const after = await caller.interviews.get({ id: interview.id });
    expect(after.interview.questions[0]!.versions.answer).toBe(3);
  });

  it("the best attempt counts by default; the candidate can switch the interview to the latest", async () => {
    const { caller } = await verifiedTestUser(db, "counting");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    const good = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: answerText(60), expectedVersion: 0 });
    await scoreStoredAnswer(db, good.answer.id, fixedEngine);
    const poor = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: answerText(0), expectedVersion: 1 });
    await scoreStoredAnswer(db, poor.answer.id, fixedEngine);

    const completed = await caller.interviews.complete({ id: interview.id });
    expect(completed.interview).toMatchObject({ scoreCounting: "best", overallScore: 60 });
    expect(completed.interview.questions[0]!.countedAnswerId).toBe(good.answer.id);

    const latest = await caller.interviews.setScoreCounting({ id: interview.id, counting: "latest" });
    expect(latest.interview).toMatchObject({ scoreCounting: "latest", overallScore: 0, passed: false });
    expect(latest.interview.questions[0]!.countedAnswerId).toBe(poor.answer.id);
    const back = await caller.interviews.setScoreCounting({ id: interview.id, counting: "best" });
    expect(back.interview.overallScore).toBe(60);
  });
});

describe("Idempotency-Key", () => {
  it("ten concurrent starts with one key create exactly one interview and all answer with it", async () => {
    const { user } = await verifiedTestUser(db, "idem-start");
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        callerWithHeaders(asSessionUser(user), { "Idempotency-Key": key }).caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 }),
      ),
    );
    expect(new Set(results.map((result) => result.interview.id)).size).toBe(1);
    const [row] = await db.select({ n: count() }).from(interviews).where(eq(interviews.userId, user.id));
    expect(row!.n).toBe(1);

    // A replay later still answers with the first interview and says it is a replay; the quota is spent once.
    const replay = callerWithHeaders(asSessionUser(user), { "Idempotency-Key": key });
    const again = await replay.caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    expect(again.interview.id).toBe(results[0]!.interview.id);
    expect(replay.ctx.res.headers["Idempotent-Replayed"]).toBe("true");
    expect((await callerFor(db, { user: asSessionUser(user) }).caller.interviews.quota()).used).toBe(1);

    const reused = await errorOf(
      callerWithHeaders(asSessionUser(user), { "Idempotency-Key": key }).caller.interviews.create({ track: "coding", level: "mid", questionCount: 1 }),
    );
    expect(reused.code).toBe("CONFLICT");
    expect(reused.message).toMatch(/already used for a different request/);

    const malformed = await errorOf(
      callerWithHeaders(asSessionUser(user), { "Idempotency-Key": "x".repeat(300) }).caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 }),
    );
    expect(malformed.code).toBe("VALIDATION_ERROR");
    expect(malformed.details).toMatchObject({ fields: { "Idempotency-Key": "invalid" } });
  });

  it("a failed start does not burn the key; another user's identical key is independent", async () => {
    const { user } = await registerTestUser(db, "idem-fail");
    const other = await verifiedTestUser(db, "idem-other");
    const key = `k-${randomUUID()}`;
    const start = () => callerWithHeaders(asSessionUser(user), { "Idempotency-Key": key }).caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    expect((await errorOf(start())).code).toBe("FORBIDDEN");
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
    const created = await start();
    const theirs = await callerWithHeaders(asSessionUser(other.user), { "Idempotency-Key": key }).caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    expect(theirs.interview.id).not.toBe(created.interview.id);
    const rows = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.expiresAt.getTime() > Date.now())).toBe(true);
  });

  it("answer submits replay the first answer for the same key, even in parallel", async () => {
    const { user, caller } = await verifiedTestUser(db, "idem-answer");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const questionId = interview.questions[0]!.questionId;
    const key = randomUUID();
    const input = { id: interview.id, questionId, answer: answerText(50), expectedVersion: 0 };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => callerWithHeaders(asSessionUser(user), { "Idempotency-Key": key }).caller.interviews.submitAnswer(input)),
    );
    expect(new Set(results.map((result) => result.answer.id)).size).toBe(1);
    // Without the key, the stale expectedVersion of a retry would have been a 409.
    const retried = await callerWithHeaders(asSessionUser(user), { "Idempotency-Key": key }).caller.interviews.submitAnswer(input);
    expect(retried.answer.id).toBe(results[0]!.answer.id);
    const view = await caller.interviews.get({ id: interview.id });
    expect(view.interview.questions[0]!.attempts).toHaveLength(1);
  });
});

describe("abandoning an empty interview refunds the quota once", () => {
  it("refunds a just-started interview, not twice, and not one with an answer", async () => {
    const { caller } = await verifiedTestUser(db, "refund");
    const first = await caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    expect((await caller.interviews.quota()).used).toBe(1);
    await caller.interviews.abandon({ id: first.interview.id });
    const abandoned = await caller.interviews.get({ id: first.interview.id });
    expect(abandoned.interview).toMatchObject({ status: "abandoned", quotaRefunded: true });
    expect((await caller.interviews.quota()).used).toBe(0);
    // Abandoning again changes nothing (and refunds nothing more).
    await caller.interviews.abandon({ id: first.interview.id });
    expect((await caller.interviews.quota()).used).toBe(0);

    const second = await caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    await caller.interviews.submitAnswer({ id: second.interview.id, questionId: second.interview.questions[0]!.questionId, answer: answerText(40) });
    await caller.interviews.abandon({ id: second.interview.id });
    expect((await caller.interviews.get({ id: second.interview.id })).interview).toMatchObject({ status: "abandoned", quotaRefunded: false });
    await caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    expect((await caller.interviews.quota()).used).toBe(2);
    expect((await errorOf(caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 }))).code).toBe("QUOTA_EXCEEDED");
  });

  it("an answer racing the abandon either lands before it (no refund) or is refused", async () => {
    const { caller } = await verifiedTestUser(db, "refund-race");
    const { interview } = await caller.interviews.create({ track: "coding", level: "intern", questionCount: 1 });
    const [submitted, abandoned] = await Promise.allSettled([
      caller.interviews.submitAnswer({ id: interview.id, questionId: interview.questions[0]!.questionId, answer: answerText(40) }),
      caller.interviews.abandon({ id: interview.id }),
    ]);
    expect(abandoned.status).toBe("fulfilled");
    const view = (await caller.interviews.get({ id: interview.id })).interview;
    expect(view.status).toBe("abandoned");
    if (submitted.status === "fulfilled") expect(view.quotaRefunded).toBe(false);
    else expect(toAppError(submitted.reason).code).toBe("CONFLICT");
  });
});
