/**
 * Jobs that finish close together share one `complete` statement (dispatcher.ts, SETTLE_BATCH_MS):
 * under load the worker wrote one per job, plus one fetch per freed slot. Every job still ends
 * completed, exactly once, and stop() writes the completions still waiting.
 */
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { startDispatcher } from "./dispatcher";
import { ensureQueues, sendJob, startQueue, stopQueue } from "./queue";
import { sqlExecutor } from "./transaction-executor";

const POLICY = { retryLimit: 1, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 } as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  await startQueue();
});
afterAll(async () => {
  await stopQueue();
});

/** The app client's executor, counting pg-boss's complete and fetch statements. */
function countingExecutor(): { db: PgBoss.Db; completes: () => number; fetches: () => number } {
  const inner = sqlExecutor(getDb().$client);
  let completes = 0;
  let fetches = 0;
  return {
    db: {
      executeSql(text, values) {
        if (/state = 'completed'/.test(text) && /completed_on = now\(\)/.test(text)) completes += 1;
        if (/skip locked/i.test(text)) fetches += 1;
        return inner.executeSql(text, values);
      },
    },
    completes: () => completes,
    fetches: () => fetches,
  };
}

async function states(name: string): Promise<Record<string, number>> {
  const rows = await getDb().execute<{ state: string; n: number }>(sql`select state, count(*)::int as n from pgboss.job where name = ${name} group by state`);
  return Object.fromEntries(rows.map((row) => [row.state, row.n]));
}

describe("dispatcher batching", () => {
  it("completes jobs that finish together in one statement, and every job ends completed once", async () => {
    const name = `test-batch-${crypto.randomUUID()}`;
    const boss = await startQueue();
    await ensureQueues(boss, { [name]: POLICY });
    for (let n = 0; n < 16; n += 1) await sendJob(name, { n });
    const counting = countingExecutor();
    let runs = 0;
    const dispatcher = startDispatcher(boss, name, { concurrency: 16, pollingIntervalSeconds: 0.5, db: counting.db }, async () => {
      runs += 1;
    });
    const deadline = Date.now() + 20_000;
    while ((await states(name)).completed !== 16 && Date.now() < deadline) await sleep(50);
    await dispatcher.stop();
    expect(await states(name)).toEqual({ completed: 16 });
    expect(runs).toBe(16);
    // One fetch took all 16; they finished within the batching window: far fewer completes than jobs.
    expect(counting.completes()).toBeLessThanOrEqual(2);
  });

  it("stop() writes the completions that are still waiting for their batch", async () => {
    const name = `test-batch-stop-${crypto.randomUUID()}`;
    const boss = await startQueue();
    await ensureQueues(boss, { [name]: POLICY });
    await sendJob(name, { n: 1 });
    let finished = false;
    const dispatcher = startDispatcher(boss, name, { concurrency: 2, pollingIntervalSeconds: 0.2, db: countingExecutor().db }, async () => {
      finished = true;
    });
    while (!finished) await sleep(5);
    // Stopped right after the job finished, inside the batching window.
    await dispatcher.stop();
    expect(await states(name)).toEqual({ completed: 1 });
  });
});
