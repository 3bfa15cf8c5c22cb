/**
 * The dispatcher fetches, completes, fails and defers jobs through the app's postgres.js client
 * (sqlExecutor): prepared once per connection instead of parsed per job on pg-boss's pool, with the
 * same outcomes (docs/performance.md, fifth session).
 */
import crypto from "node:crypto";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { withPreparedStatements } from "@/db/prepared-statements";
import { startDispatcher } from "./dispatcher";
import { ensureQueues, sendJob, startQueue, stopQueue } from "./queue";
import { sqlExecutor } from "./transaction-executor";

// One connection, so pg_prepared_statements (per session) shows everything the executor prepared.
const client = withPreparedStatements(postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} }));
// As on the app's client: Drizzle's parsers (timestamps come back as text).
drizzle(client);

// The test starts the queue itself; both close when the file is done.
afterAll(() => Promise.all([stopQueue(), client.end({ timeout: 5 })]));

describe("jobs through the app's client", () => {
  it("fetches, completes, fails and defers (fairness) with prepared statements, with the same job states", async () => {
    const boss = await startQueue();
    const queue = `test-${crypto.randomUUID()}`;
    await ensureQueues(boss, { [queue]: { retryLimit: 0, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 } });
    const ids = [];
    for (let n = 0; n < 5; n += 1) ids.push(await sendJob(queue, { n, user: n < 3 ? "busy" : `user-${n}` }));
    const done: number[] = [];
    const dispatcher = startDispatcher(
      boss,
      queue,
      {
        concurrency: 3,
        pollingIntervalSeconds: 0.2,
        db: sqlExecutor(client),
        fairness: { key: async (job) => (job.data as { user: string }).user, maxPerKey: 1, deferSeconds: 0.1 },
      },
      async (job) => {
        const { n } = job.data as { n: number };
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (n === 4) throw new Error("try failed");
        done.push(n);
      },
    );
    const deadline = Date.now() + 20_000;
    while (done.length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await dispatcher.stop(5000);
    expect(done.sort()).toEqual([0, 1, 2, 3]);

    const rows = await client.unsafe<Array<{ id: string; state: string; output: { message?: string } | null }>>(
      "select id, state, output from pgboss.job where name = $1 order by data->>'n'",
      [queue],
    );
    expect(rows.map((row) => row.state)).toEqual(["completed", "completed", "completed", "completed", "failed"]);
    expect(rows[4]!.output?.message).toBe("try failed");
    const prepared = (await client.unsafe<Array<{ statement: string }>>("select statement from pg_prepared_statements")).map((row) => row.statement);
    const onJobs = prepared.filter((text) => text.includes("pgboss.job"));
    // fetch (… FOR UPDATE SKIP LOCKED), complete, fail and the fairness defer.
    expect(onJobs.some((text) => /skip locked/i.test(text))).toBe(true);
    expect(onJobs.some((text) => /state = 'completed'|'completed'::/i.test(text))).toBe(true);
    expect(onJobs.some((text) => /started_on = NULL/.test(text))).toBe(true);
    expect(onJobs.length).toBeGreaterThanOrEqual(4);
  });
});
