/**
 * A long poll waits without holding a pool connection (a thousand candidates waiting for their
 * scores must not starve everyone else's requests), and reads the answer once up front.
 */
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { schema, type TDatabase } from "@/db";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { waitForAnswer } from "@/server/interviews/answer-updates";
import { isRealtimeHealthy, stopRealtime, subscribeRealtime } from "./hub";

const db = connectTestDb();
// A pool of ONE connection that counts the queries it runs.
const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
let queries = 0;
const counting = new Proxy(client, {
  get(target, property, receiver) {
    if (property === "unsafe") {
      return (...args: Parameters<postgres.Sql["unsafe"]>) => {
        queries += 1;
        return target.unsafe(...args);
      };
    }
    return Reflect.get(target, property, receiver) as unknown;
  },
});
const tinyDb = drizzle(counting, { schema, casing: "snake_case" }) as unknown as TDatabase;

afterAll(async () => {
  await stopRealtime();
  await client.end({ timeout: 5 });
});

describe("waitForAnswer", () => {
  it("holds no pool connection while it waits, and reads the answer once before waiting", async () => {
    const candidate = await verifiedTestUser(db, "long-poll-pool");
    const { interview } = await candidate.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const { answer } = await candidate.caller.interviews.submitAnswer({
      id: interview.id,
      questionId: interview.questions[0]!.questionId,
      answer: "I would clarify the goal first, compare two options by cost and risk, and measure the result with the team.",
    });
    expect(answer.status).toBe("pending");

    // As in a running server: the LISTEN connection is up (its first start re-reads every waiter once).
    const unsubscribe = subscribeRealtime("warm-up", () => {});
    for (let tries = 0; !isRealtimeHealthy() && tries < 300; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    unsubscribe();
    expect(isRealtimeHealthy()).toBe(true);

    queries = 0;
    const started = Date.now();
    const polling = waitForAnswer(tinyDb, candidate.user.id, answer.id, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The only connection of the pool is free while the long poll waits.
    const probeStarted = Date.now();
    await tinyDb.execute(sql`select 1`);
    expect(Date.now() - probeStarted).toBeLessThan(300);
    expect((await polling).status).toBe("pending");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    // One read (the answer with its newest score: one statement) before the wait, the probe, one read when the wait ends.
    expect(queries).toBe(3);
  }, 30_000);
});
