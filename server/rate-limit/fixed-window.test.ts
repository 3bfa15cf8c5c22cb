import { randomUUID } from "node:crypto";
import { eq, sql as drizzleSql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { rateLimits } from "@/db/schema/rate-limits";
import { consumeRateLimit, rateLimitHeaders, SIGNUP_PER_IP } from "./fixed-window";

const { db, sql } = createDb(process.env.DATABASE_URL!, { max: 4 });
// A wider pool for the race test, so the 30 statements really do reach the database at once.
const racing = createDb(process.env.DATABASE_URL!, { max: 10 });
afterAll(async () => {
  await Promise.all([sql.end(), racing.sql.end()]);
});

const uniqueKey = (label: string) => `test:${label}:${randomUUID()}`;

describe("consumeRateLimit", () => {
  it("allows up to the limit, then refuses with a retry time within the window", async () => {
    const key = uniqueKey("sequential");
    const before = Date.now();
    const results = [];
    for (let call = 0; call < 5; call += 1) results.push(await consumeRateLimit(db, { key, limit: 3, windowMs: 60_000 }));

    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((result) => result.remaining)).toEqual([2, 1, 0, 0, 0]);
    const refused = results[3]!;
    expect(refused.limit).toBe(3);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(results[0]!.retryAfterSeconds).toBe(0);
    // Generous bounds: the database clock and this process's clock may differ slightly.
    expect(refused.resetAt.getTime()).toBeGreaterThan(before + 55_000);
    expect(refused.resetAt.getTime()).toBeLessThan(Date.now() + 65_000);
  });

  it("lets exactly `limit` of 30 parallel calls through", async () => {
    const key = uniqueKey("race");
    const results = await Promise.all(
      Array.from({ length: 30 }, () => consumeRateLimit(racing.db, { key, limit: 5, windowMs: 60_000 })),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(results.filter((result) => !result.allowed)).toHaveLength(25);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = uniqueKey("reset");
    const policy = { key, limit: 2, windowMs: 1_000 };
    await consumeRateLimit(db, policy);
    await consumeRateLimit(db, policy);
    expect((await consumeRateLimit(db, policy)).allowed).toBe(false);

    // Instead of sleeping, move the window's start into the past.
    await db
      .update(rateLimits)
      .set({ windowStartedAt: drizzleSql`now() - interval '2 seconds'` })
      .where(eq(rateLimits.key, key));

    const fresh = await consumeRateLimit(db, policy);
    expect(fresh).toMatchObject({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(fresh.resetAt.getTime()).toBeGreaterThan(Date.now() - 1_000);
  });

  it("keeps separate counts per key", async () => {
    const first = uniqueKey("a");
    const second = uniqueKey("b");
    await consumeRateLimit(db, { key: first, limit: 1, windowMs: 60_000 });
    expect((await consumeRateLimit(db, { key: first, limit: 1, windowMs: 60_000 })).allowed).toBe(false);
    expect((await consumeRateLimit(db, { key: second, limit: 1, windowMs: 60_000 })).allowed).toBe(true);
  });

  it("stops counting just past the limit, so refused floods cannot grow the counter", async () => {
    const key = uniqueKey("cap");
    for (let call = 0; call < 8; call += 1) await consumeRateLimit(db, { key, ...SIGNUP_PER_IP });
    const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key));
    expect(row?.count).toBe(SIGNUP_PER_IP.limit + 1);
  });

  it("rejects a nonsensical policy", async () => {
    await expect(consumeRateLimit(db, { key: uniqueKey("bad"), limit: 0, windowMs: 1_000 })).rejects.toMatchObject({
      code: "INTERNAL",
    });
  });
});

describe("rateLimitHeaders", () => {
  const now = new Date("2030-01-01T00:00:00.000Z");

  it("states limit, remaining and seconds to reset when allowed", () => {
    const headers = rateLimitHeaders(
      { allowed: true, limit: 5, remaining: 4, resetAt: new Date(now.getTime() + 42_300), retryAfterSeconds: 0 },
      now,
    );
    expect(headers).toEqual({ "RateLimit-Limit": "5", "RateLimit-Remaining": "4", "RateLimit-Reset": "43" });
  });

  it("adds Retry-After when refused", () => {
    const headers = rateLimitHeaders(
      { allowed: false, limit: 5, remaining: 0, resetAt: new Date(now.getTime() + 10_000), retryAfterSeconds: 10 },
      now,
    );
    expect(headers).toEqual({ "RateLimit-Limit": "5", "RateLimit-Remaining": "0", "RateLimit-Reset": "10", "Retry-After": "10" });
  });
});
