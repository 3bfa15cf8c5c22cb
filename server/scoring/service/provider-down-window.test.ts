import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { aiUsage, answers, scores } from "@/db/schema";
import { createOpenAiScorer } from "@/server/scoring/openai/openai-scorer";
import { createProviderHealth, type ProviderHealth } from "@/server/scoring/openai/provider-health";
import type { TScoringEngine } from "@/server/scoring/service/engine";
import { regradeProvisionalScore, ProviderStillDownError } from "@/server/scoring/service/regrade-answer";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
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

/** The engine the worker builds (engine.ts), on the fake server, with a health window on a clock the test moves. */
function aiEngine(): { engine: TScoringEngine; health: ProviderHealth; advance(ms: number): void } {
  let clock = 0;
  const health = createProviderHealth({ now: () => clock });
  const model = `gpt-test-${randomUUID()}`;
  const scorer = createOpenAiScorer({
    apiKey: "test-key",
    baseURL: fake.baseURL,
    model,
    priceTable: { [model]: { input: 1, output: 1 } },
    doubleCheck: false,
    retryBaseDelayMs: 1,
    timeoutMs: 600,
    health,
  });
  return {
    engine: { provider: "openai", model, score: (input, options) => scorer.scoreWithDetails(input, options) },
    health,
    advance: (ms) => {
      clock += ms;
    },
  };
}

async function pendingAnswer(label: string) {
  const candidate = await createCandidate(db, label);
  // Each answer's own words: two interviews may draw the same question, and an identical (question,
  // answer) pair is served from the score cache, not graded again.
  const answer = await createAnswer(candidate, await createInterview(candidate, { track: "product_management" }), { text: `${ANSWER} (${label})` });
  return answer.id;
}

const scoreRow = async (answerId: string) => (await db.select().from(scores).where(eq(scores.answerId, answerId)))[0];
const regradeJobs = async (answerId: string) =>
  db.execute(sql`select id from pgboss.job where name = 'regrade-answer' and data->>'answerId' = ${answerId}`);

describe("a stalled provider behind the health window (scoring job)", () => {
  it("costs one deadline: later answers are stored at once, provisional with the reason, with no call and no spend; the re-grade gives them the AI grade once a probe succeeds", async () => {
    const { engine, health, advance } = aiEngine();
    const first = await pendingAnswer("window-first");
    fake.enqueue({ kind: "stall-body" });
    await scoreStoredAnswer(db, first, engine);
    expect(await scoreRow(first)).toMatchObject({ provisional: true, fallbackReason: expect.stringMatching(/deadline/) });

    const later = [await pendingAnswer("window-a"), await pendingAnswer("window-b")];
    const started = Date.now();
    for (const answerId of later) expect(await scoreStoredAnswer(db, answerId, engine)).toBe("scored");
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(fake.requests).toHaveLength(1);
    for (const answerId of later) {
      expect(await scoreRow(answerId)).toMatchObject({ provisional: true, provider: "builtin", fallbackReason: expect.stringMatching(/AI provider is down, not called/) });
      expect(await regradeJobs(answerId)).toHaveLength(1);
      expect(await db.select().from(aiUsage).where(eq(aiUsage.answerId, answerId))).toHaveLength(0);
      const [answer] = await db.select({ status: answers.status }).from(answers).where(eq(answers.id, answerId));
      expect(answer!.status).toBe("scored");
    }

    // A re-grade inside the window does not call either: the queue tries again minutes later.
    await expect(regradeProvisionalScore(db, later[0]!, engine)).rejects.toBeInstanceOf(ProviderStillDownError);
    expect(fake.requests).toHaveLength(1);

    // The provider is back; the first re-grade after the window is the probe, and the next follow.
    advance(30_000);
    fake.enqueue({ kind: "completion", content: fakeModelOutput("product_management", 9) }, { kind: "completion", content: fakeModelOutput("product_management", 8) });
    expect(await regradeProvisionalScore(db, later[0]!, engine)).toBe("replaced");
    expect(health.state).toBe("closed");
    expect(await regradeProvisionalScore(db, later[1]!, engine)).toBe("replaced");
    expect(await scoreRow(later[0]!)).toMatchObject({ provisional: false, provider: "openai", total: 90, fallbackReason: null });
    expect(await scoreRow(later[1]!)).toMatchObject({ provisional: false, provider: "openai", total: 80 });
  });

  it("an answer the provider refuses as a bad request (400) is not provisional and leaves the provider up for the next", async () => {
    const { engine, health } = aiEngine();
    const refused = await pendingAnswer("window-400");
    fake.enqueue({ kind: "error", status: 400, message: "bad request" }, { kind: "completion", content: fakeModelOutput("product_management", 7) });
    await scoreStoredAnswer(db, refused, engine);
    expect(await scoreRow(refused)).toMatchObject({ provisional: false, fallbackReason: expect.stringMatching(/HTTP 400/) });
    expect(health.state).toBe("closed");

    const next = await pendingAnswer("window-after-400");
    await scoreStoredAnswer(db, next, engine);
    expect(await scoreRow(next)).toMatchObject({ provider: "openai", total: 70 });
    expect(fake.requests).toHaveLength(2);
  });
});
