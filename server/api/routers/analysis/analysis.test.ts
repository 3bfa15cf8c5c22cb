import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import { ANALYSIS_PER_USER, consumeRateLimit } from "@/server/rate-limit/fixed-window";
import { ZScoreSchema } from "@/server/contracts/vocabulary/score";
import { asSessionUser, callerFor, errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

afterAll(async () => {
  await closeDb();
});

const ANSWER =
  "First I would clarify the goal and the users. Then I would weigh consistency against latency, track p99 latency under 200 ms " +
  "and an error rate below 0.1%, and give an example from my last project where we cut checkout errors by 30% with idempotency keys.";
const ITEM = { track: "software_engineering", level: "mid", question: "How would you make a checkout service reliable?", answer: ANSWER } as const;

/** Uses up `n` calls of the user's POST /analysis allowance, as earlier requests would have. */
async function spendAllowance(userId: string, n: number) {
  for (let i = 0; i < n; i += 1) await consumeRateLimit(db, { key: `analysis:user:${userId}`, ...ANALYSIS_PER_USER });
}

describe("analysis.batch", () => {
  it("scores every item in order, like POST /analysis does one", async () => {
    const { caller } = await verifiedTestUser(db, "batch");
    const behavioral = { track: "behavioral", level: "junior", question: "Tell me about a time you disagreed with a teammate.", answer: "I listened first, then we agreed on a test and the data settled it." } as const;
    const { results } = await caller.analysis.batch({ items: [ITEM, behavioral] });
    expect(results).toHaveLength(2);
    const [first, second] = results.map((result) => ("score" in result ? result.score : null));
    expect(first && ZScoreSchema.parse(first).dimensions.length).toBeGreaterThan(0);
    // The same score but for the time it took (the built-in analyzer runs again: it has no score cache).
    const withoutLatency = (score: unknown) => ({ ...(score as Record<string, unknown>), latencyMs: 0 });
    expect(withoutLatency(first)).toEqual(withoutLatency((await caller.analysis.run(ITEM)).score));
    expect(withoutLatency(second)).toEqual(withoutLatency((await caller.analysis.run(behavioral)).score));
  });

  it("gives a bad item its own error entry and still scores the others", async () => {
    const { caller } = await verifiedTestUser(db, "batch-bad-item");
    const { results } = await caller.analysis.batch({
      items: [ITEM, { ...ITEM, answer: "   " }, 42, { ...ITEM, track: "astrology" }, { ...ITEM, question: "Why?\u0000" }],
    });
    expect(results).toHaveLength(5);
    expect(results[0]).toHaveProperty("score");
    for (const [index, field] of [[1, "answer"], [2, "item"], [3, "track"], [4, "question"]] as const) {
      const result = results[index]!;
      expect(result).toMatchObject({ error: { code: "VALIDATION_ERROR", message: expect.stringContaining(`Item ${index + 1}`) } });
      expect("error" in result && result.error.details).toMatchObject({ fields: { [field]: expect.any(String) } });
    }
    // A wrong track is told the ones there are (it said "Invalid input").
    const wrongTrack = results[3]!;
    expect("error" in wrongTrack && wrongTrack.error.message).toMatch(/product_management.*general/);
    expect((await errorOf(caller.analysis.run({ ...ITEM, track: "cooking" as never }))).message).toMatch(/track: .*behavioral.*general/);
  });

  it("counts an answer's length in characters, as the limit says: 10,000 emoji are scored, 10,001 are refused with a 4xx", async () => {
    // An emoji is one character but two UTF-16 units: the analyzer counted units and answered 500 to what validation accepted.
    const { caller } = await verifiedTestUser(db, "analysis-emoji");
    const atLimit = `${ANSWER} ${"\u{1F600}".repeat(10_000 - ANSWER.length - 1)}`;
    expect((await caller.analysis.run({ ...ITEM, answer: atLimit })).score.total).toBeGreaterThanOrEqual(0);
    const over = await errorOf(caller.analysis.run({ ...ITEM, answer: `${atLimit}\u{1F600}` }));
    expect(over.code).toBe("VALIDATION_ERROR");
    expect(over.status).toBe(400);
    expect(over.message).toMatch(/10000 characters/);
  });

  it("refuses a malformed body as a whole: no items, more than 20, not a list", async () => {
    const { caller } = await verifiedTestUser(db, "batch-malformed");
    for (const input of [{ items: [] }, { items: Array.from({ length: 21 }, () => ITEM) }, { items: "all of them" }, {}, null]) {
      const error = await errorOf(caller.analysis.batch(input as never));
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(error.message).toMatch(/items|body/);
    }
  });

  it("counts each valid item against the POST /analysis limit; past it, items get RATE_LIMITED, then the batch is a 429", async () => {
    const { caller, ctx, user } = await verifiedTestUser(db, "batch-limit");
    await spendAllowance(user.id, ANALYSIS_PER_USER.limit - 2);
    const { results } = await caller.analysis.batch({ items: [ITEM, { ...ITEM, answer: "" }, ITEM, ITEM, ITEM] });
    expect(results.map((result) => ("score" in result ? "score" : result.error.code))).toEqual([
      "score",
      "VALIDATION_ERROR",
      "score",
      "RATE_LIMITED",
      "RATE_LIMITED",
    ]);
    expect(ctx.res.headers["RateLimit-Remaining"]).toBe("0");

    const error = await errorOf(caller.analysis.batch({ items: [ITEM] }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((await errorOf(caller.analysis.run(ITEM))).code).toBe("RATE_LIMITED");
  });

  it("lets admins past the limit, as POST /analysis does", async () => {
    const admin = await verifiedTestUser(db, "batch-admin");
    await spendAllowance(admin.user.id, ANALYSIS_PER_USER.limit + 1);
    const asAdmin = callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } });
    const { results } = await asAdmin.caller.analysis.batch({ items: [ITEM, ITEM, ITEM] });
    expect(results.every((result) => "score" in result)).toBe(true);
    expect(asAdmin.ctx.res.headers["RateLimit-Limit"]).toBeUndefined();
  });

  it("needs a signed-in user", async () => {
    expect((await errorOf(callerFor(db).caller.analysis.batch({ items: [ITEM] }))).code).toBe("UNAUTHORIZED");
  });
});

describe("POST /api/v1/analysis/batch", () => {
  it("answers the contract over REST: results in order, a bad item inline, a malformed body 400", async () => {
    const { email, password } = await verifiedTestUser(db, "batch-rest");
    const { accessToken } = await callerFor(db).caller.auth.token({ email, password });
    // Through the same wrapper as app/api/v1/[...path]/route.ts.
    const route = withRequest(handleRestRequest);
    const post = (body: string) =>
      route(
        new Request("http://localhost:3999/api/v1/analysis/batch", {
          method: "POST",
          headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json", "x-request-id": "test-request" },
          body,
        }),
      );

    const ok = await post(JSON.stringify({ items: [ITEM, { ...ITEM, level: "principal" }] }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("RateLimit-Limit")).toBe(String(ANALYSIS_PER_USER.limit));
    const body = (await ok.json()) as { results: Array<{ score?: unknown; error?: { code: string; message: string } }> };
    expect(body.results).toHaveLength(2);
    expect(ZScoreSchema.safeParse(body.results[0]?.score).success).toBe(true);
    expect(body.results[1]?.error).toMatchObject({ code: "VALIDATION_ERROR", message: expect.stringMatching(/Item 2 .*level/) });

    for (const malformed of ["[]", JSON.stringify({ items: [] }), JSON.stringify({ items: Array.from({ length: 21 }, () => ITEM) }), "{not json"]) {
      const response = await post(malformed);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "VALIDATION_ERROR" }, requestId: "test-request" });
    }
  });
});
