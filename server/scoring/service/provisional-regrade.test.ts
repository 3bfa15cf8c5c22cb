import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { aiUsage, answers, interviews, scores } from "@/db/schema";
import { adminMetrics } from "@/server/admin/metrics";
import { setManualScore } from "@/server/admin/flagged";
import { createOpenAiScorer } from "@/server/scoring/openai/openai-scorer";
import type { TScoringEngine } from "@/server/scoring/service/engine";
import { keepBuiltinScore, ProviderStillDownError, regradeProvisionalScore } from "@/server/scoring/service/regrade-answer";
import { QUEUES } from "@/server/jobs/queue-registry";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { createAnswer, createCandidate, createInterview } from "@/test/helpers/factories";
import { fakeModelOutput, startFakeOpenAi, type TFakeOpenAi } from "@/test/scoring-fake-openai";

const db = connectTestDb();
afterAll(() => closeDb());

let fake: TFakeOpenAi;
beforeEach(async () => {
  fake = await startFakeOpenAi();
});
afterEach(async () => {
  await fake.close();
});

const ANSWER =
  "First I'd find where users drop off in the invite flow, then test a prompt right after someone shares an album. I'd measure installs from invites per 100 weekly active users, with spam reports as a guardrail.";

/** The real OpenAI scorer against the fake server, as the engine the job uses; a model name of its own per test. */
function aiEngine(options: { timeoutMs?: number } = {}): TScoringEngine {
  const model = `gpt-test-${randomUUID()}`;
  const scorer = createOpenAiScorer({
    apiKey: "test-key",
    baseURL: fake.baseURL,
    model,
    // Dear on purpose, so a pending row's estimated cost shows in the metrics' rounding.
    priceTable: { [model]: { input: 100, output: 100 } },
    doubleCheck: false,
    retryBaseDelayMs: 1,
    timeoutMs: options.timeoutMs ?? 2_000,
  });
  return { provider: "openai", model, score: (input, callOptions) => scorer.scoreWithDetails(input, callOptions) };
}

/** A submitted, not yet scored product-management answer (no worker runs in this file). */
async function pendingAnswer(label: string) {
  const candidate = await createCandidate(db, label);
  const answer = await createAnswer(candidate, await createInterview(candidate, { track: "product_management" }), { text: ANSWER });
  return { caller: candidate.caller, user: candidate.user, interviewId: answer.interviewId, answerId: answer.id };
}

async function scoreRows(answerId: string) {
  return db.select().from(scores).where(eq(scores.answerId, answerId));
}

async function regradeJobs(answerId: string) {
  return db.execute<{ start_after: Date; delay: number }>(
    sql`select start_after, extract(epoch from start_after - now())::float8 as delay from pgboss.job where name = 'regrade-answer' and data->>'answerId' = ${answerId}`,
  );
}

describe("a provisional score while the AI provider is down", () => {
  it("stores the built-in score at once, marked provisional with its reason, and schedules a re-grade; one call, no in-process retries", async () => {
    const { caller, answerId } = await pendingAnswer("provisional");
    fake.enqueue({ kind: "error", status: 503 }, { kind: "error", status: 503 }, { kind: "error", status: 503 });
    const started = Date.now();
    expect(await scoreStoredAnswer(db, answerId, aiEngine())).toBe("scored");
    expect(Date.now() - started).toBeLessThan(2_000);
    // A 5xx does not burn the scorer's retries within seconds: the queue retries over minutes.
    expect(fake.requests).toHaveLength(1);

    const [row, ...more] = await scoreRows(answerId);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ provisional: true, provider: "builtin", manual: false });
    expect(row!.fallbackReason).toMatch(/HTTP 503/);
    // The candidate's view: scored (not sent to review while the re-grade is due), marked provisional.
    const [answer] = await db.select({ status: answers.status, flagReasons: answers.flagReasons }).from(answers).where(eq(answers.id, answerId));
    expect(answer).toEqual({ status: "scored", flagReasons: [] });
    const { answer: dto } = await caller.interviews.getAnswer({ id: answerId });
    expect(dto.score).toMatchObject({ provisional: true, flags: expect.arrayContaining(["ai_fallback"]) });

    const jobs = await regradeJobs(answerId);
    expect(jobs).toHaveLength(1);
    // The first re-grade waits about a minute: the provider has just failed.
    expect(jobs[0]!.delay).toBeGreaterThan(45);
  });

  it("counts a provider that cannot be reached (connection refused) or times out as down", async () => {
    const refused = await pendingAnswer("refused");
    const closed = await startFakeOpenAi();
    await closed.close();
    const model = `gpt-test-${randomUUID()}`;
    const scorer = createOpenAiScorer({ apiKey: "k", baseURL: closed.baseURL, model, priceTable: {}, doubleCheck: false, retryBaseDelayMs: 1, timeoutMs: 2_000 });
    await scoreStoredAnswer(db, refused.answerId, { provider: "openai", model, score: (input, options) => scorer.scoreWithDetails(input, options) });
    expect((await scoreRows(refused.answerId))[0]).toMatchObject({ provisional: true, fallbackReason: expect.stringMatching(/could not reach/) });

    const slow = await pendingAnswer("timeout");
    fake.enqueue({ kind: "hang" });
    await scoreStoredAnswer(db, slow.answerId, aiEngine({ timeoutMs: 300 }));
    expect((await scoreRows(slow.answerId))[0]).toMatchObject({ provisional: true, fallbackReason: expect.stringMatching(/in time/) });
  });

  it("is not provisional when the model's output is unusable: the fallback stays and goes to review", async () => {
    const { answerId } = await pendingAnswer("invalid");
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: "completion" as const, content: "not json" })));
    await scoreStoredAnswer(db, answerId, aiEngine());
    expect((await scoreRows(answerId))[0]).toMatchObject({ provisional: false, fallbackReason: expect.stringMatching(/invalid model output/) });
    expect(await regradeJobs(answerId)).toHaveLength(0);
    const [answer] = await db.select({ status: answers.status, flagReasons: answers.flagReasons }).from(answers).where(eq(answers.id, answerId));
    expect(answer).toEqual({ status: "flagged", flagReasons: ["ai_fallback"] });
  });
});

describe("the AI re-grade", () => {
  it("replaces the provisional score once the provider is back: one score row, provisional false, interview score recomputed", async () => {
    const { caller, interviewId, answerId } = await pendingAnswer("regrade");
    const engine = aiEngine();
    fake.enqueue({ kind: "error", status: 429, code: "rate_limit_exceeded" });
    await scoreStoredAnswer(db, answerId, engine);
    const completed = await caller.interviews.complete({ id: interviewId });
    const builtinTotal = (await scoreRows(answerId))[0]!.total;
    expect(completed.interview.overallScore).toBe(builtinTotal);

    // Still down at the first re-grade: the try throws, so the queue retries it later; nothing changes.
    fake.enqueue({ kind: "error", status: 502 });
    await expect(regradeProvisionalScore(db, answerId, engine)).rejects.toBeInstanceOf(ProviderStillDownError);
    expect((await scoreRows(answerId))[0]).toMatchObject({ provisional: true, provider: "builtin" });

    // Back: a grade of 9 per dimension (90), unlike the built-in's total.
    fake.enqueue({ kind: "completion", content: fakeModelOutput("product_management", 9) });
    expect(await regradeProvisionalScore(db, answerId, engine)).toBe("replaced");
    const rows = await scoreRows(answerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provisional: false, fallbackReason: null, provider: "openai", model: engine.model, total: 90 });
    const [interview] = await db.select({ overallScore: interviews.overallScore }).from(interviews).where(eq(interviews.id, interviewId));
    expect(interview!.overallScore).toBe(90);
    const { answer: dto } = await caller.interviews.getAnswer({ id: answerId });
    expect(dto.status).toBe("scored");
    expect(dto.score).toMatchObject({ provisional: false, total: 90 });

    // A later duplicate job finds nothing provisional and calls no model.
    const before = fake.requests.length;
    expect(await regradeProvisionalScore(db, answerId, engine)).toBe("not_provisional");
    expect(fake.requests).toHaveLength(before);
  });

  it("never replaces a manual score", async () => {
    const { user, answerId } = await pendingAnswer("manual");
    const engine = aiEngine();
    fake.enqueue({ kind: "error", status: 500 });
    await scoreStoredAnswer(db, answerId, engine);
    const admin = await verifiedTestUser(db, "manual-admin");
    const keys = (await scoreRows(answerId))[0]!.dimensions.map((dimension) => dimension.key);
    await setManualScore(db, { id: admin.user.id, email: admin.user.email }, { answerId, dimensions: keys.map((key) => ({ key, score: 3 })), note: "Checked by hand" });

    fake.enqueue({ kind: "completion", content: fakeModelOutput("product_management", 9) });
    const before = fake.requests.length;
    expect(await regradeProvisionalScore(db, answerId, engine)).toBe("not_provisional");
    expect(fake.requests).toHaveLength(before);
    const rows = await scoreRows(answerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ manual: true, provisional: false, total: 30 });
    expect(user.id).toBeTruthy();
  });

  it("keeps the built-in score, for review, when the model's output stays unusable", async () => {
    const { answerId } = await pendingAnswer("unusable");
    const engine = aiEngine();
    fake.enqueue({ kind: "error", status: 503 });
    await scoreStoredAnswer(db, answerId, engine);
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: "completion" as const, content: "{}" })));
    expect(await regradeProvisionalScore(db, answerId, engine)).toBe("kept_builtin");
    expect((await scoreRows(answerId))[0]).toMatchObject({ provisional: false, provider: "builtin", fallbackReason: expect.stringMatching(/invalid/) });
    const [answer] = await db.select({ status: answers.status, flagReasons: answers.flagReasons }).from(answers).where(eq(answers.id, answerId));
    expect(answer).toEqual({ status: "flagged", flagReasons: ["ai_fallback"] });
  });

  it("after its last retry (the provider never came back) the built-in score stays, final and sent to review", async () => {
    const { caller, answerId } = await pendingAnswer("gave-up");
    fake.enqueue({ kind: "hang" });
    await scoreStoredAnswer(db, answerId, aiEngine({ timeoutMs: 300 }));
    // The queue's onFailed hook, with the last try's error.
    expect(await keepBuiltinScore(db, answerId, "the AI provider is still unavailable: provider answered HTTP 503 (after 1 call)")).toBe(true);
    const rows = await scoreRows(answerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provisional: false, provider: "builtin", fallbackReason: expect.stringMatching(/still unavailable/) });
    const { answer } = await caller.interviews.getAnswer({ id: answerId });
    expect(answer).toMatchObject({ status: "flagged", flagReasons: ["ai_fallback"], score: { provisional: false } });
    // A second call (a duplicate dead-letter job) changes nothing.
    expect(await keepBuiltinScore(db, answerId, "again")).toBe(false);
  });

  it("is retried by the queue over minutes, not seconds (about an hour in all before it gives up)", () => {
    const { retryLimit, retryDelay, retryBackoff } = QUEUES["regrade-answer"].policy;
    expect(retryBackoff).toBe(true);
    expect(retryDelay).toBeGreaterThanOrEqual(60);
    // pg-boss waits between retryDelay·2^n and retryDelay·2^(n+1) before retry n+1.
    const shortestTotalMinutes = Array.from({ length: retryLimit }, (_, n) => retryDelay * 2 ** n).reduce((a, b) => a + b, 0) / 60;
    expect(shortestTotalMinutes).toBeGreaterThanOrEqual(60);
    expect(shortestTotalMinutes).toBeLessThanOrEqual(130);
  });
});

describe("AI spend written ahead of the call", () => {
  it("a call in flight (what a kill leaves behind) is a pending row with the estimated prompt, counted in the admin spend", async () => {
    const { answerId } = await pendingAnswer("pending-spend");
    const engine = aiEngine({ timeoutMs: 1_500 });
    fake.enqueue({ kind: "hang" });
    const scoring = scoreStoredAnswer(db, answerId, engine);
    for (let waited = 0; fake.requests.length === 0 && waited < 3_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.requests).toHaveLength(1);

    const [pending, ...others] = await db.select().from(aiUsage).where(eq(aiUsage.answerId, answerId));
    expect(others).toHaveLength(0);
    expect(pending).toMatchObject({ outcome: "pending", purpose: "score", model: engine.model, outputTokens: 0 });
    expect(pending!.inputTokens).toBeGreaterThan(50);
    expect(Number(pending!.costUsd)).toBeCloseTo((pending!.inputTokens * 100) / 1_000_000, 6);
    const metrics = await adminMetrics(db, 1);
    const byModel = metrics.details.aiByModel.find((entry) => entry.model === engine.model);
    expect(byModel).toMatchObject({ calls: 1, inputTokens: pending!.inputTokens, failedCalls: 0 });
    expect(byModel!.costUsd).toBeGreaterThan(0);

    // The deadline ends the call: the same row is completed (no second row), keeping the estimate as billed prompt.
    await scoring;
    const rows = await db.select().from(aiUsage).where(eq(aiUsage.answerId, answerId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: pending!.id, outcome: "timeout", inputTokens: pending!.inputTokens });
    expect(rows[0]!.latencyMs).toBeGreaterThan(1_000);
  });

  it("a scoring process killed mid-call leaves its pending row, still counted in spend", async () => {
    const { answerId } = await pendingAnswer("killed-spend");
    const model = `gpt-test-${randomUUID()}`;
    fake.enqueue({ kind: "hang" });
    const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures/score-answer-once.ts"), answerId, fake.baseURL, model], {
      env: process.env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    for (let waited = 0; fake.requests.length === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.requests).toHaveLength(1);
    child.kill("SIGKILL");
    await exited;

    const rows = await db.select().from(aiUsage).where(eq(aiUsage.answerId, answerId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "pending", model });
    expect(rows[0]!.inputTokens).toBeGreaterThan(50);
    const byModel = (await adminMetrics(db, 1)).details.aiByModel.find((entry) => entry.model === model);
    expect(byModel).toMatchObject({ calls: 1, inputTokens: rows[0]!.inputTokens });
    expect(byModel!.costUsd).toBeGreaterThan(0);
    // No score was stored: the score-answer job's retry scores it later.
    expect(await scoreRows(answerId)).toHaveLength(0);
  }, 40_000);

  it("a completed call replaces its estimate with the provider's counts; a score run twice records each call once", async () => {
    const { answerId } = await pendingAnswer("completed-spend");
    const engine = aiEngine();
    fake.enqueue({ kind: "completion", content: fakeModelOutput("product_management", 7), usage: { prompt_tokens: 812, completion_tokens: 144 } });
    await scoreStoredAnswer(db, answerId, engine);
    expect(await scoreStoredAnswer(db, answerId, engine)).toBe("already_scored");
    const rows = await db.select().from(aiUsage).where(and(eq(aiUsage.answerId, answerId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "ok", inputTokens: 812, outputTokens: 144, costUsd: ((956 * 100) / 1_000_000).toFixed(6) });
    const [scored] = await db.select({ n: count() }).from(scores).where(eq(scores.answerId, answerId));
    expect(scored!.n).toBe(1);
  });
});
