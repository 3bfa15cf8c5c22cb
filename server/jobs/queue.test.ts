import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createDb } from "@/db";
import { enqueueJob, ensureQueues, sendJob, startQueue, stopQueue } from "./queue";
import type { QueuePolicy } from "./queue-registry";
import { workQueue } from "./worker";

const { sql: client, db } = createDb(process.env.DATABASE_URL!, { max: 4 });

// retryDelay 1 s is the least pg-boss allows with backoff (first retry after 1–2 s, the next 2–4 s).
const FAST_RETRIES: QueuePolicy = { retryLimit: 1, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 };
const payload = z.object({ n: z.number() });

/** A throwaway queue per test, so tests never see each other's jobs. */
async function testQueue(policy: QueuePolicy = FAST_RETRIES): Promise<string> {
  const name = `test-${crypto.randomUUID()}`;
  await ensureQueues(await startQueue(), { [name]: policy });
  return name;
}

async function jobExists(queue: string, id: string): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from pgboss.job where name = ${queue} and id = ${id}`);
  return rows.length === 1;
}

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  await startQueue();
});

afterAll(async () => {
  await stopQueue();
  await client.end({ timeout: 5 });
});

describe("enqueueJob in a transaction", () => {
  it("creates the job when the transaction commits", async () => {
    const queue = await testQueue();
    const id = await db.transaction(async (tx) => {
      const jobId = await sendJob(queue, { n: 1 }, { tx });
      // Not visible outside the transaction yet.
      expect(await jobExists(queue, jobId)).toBe(false);
      return jobId;
    });
    expect(await jobExists(queue, id)).toBe(true);
  });

  it("leaves no job when the transaction rolls back", async () => {
    const queue = await testQueue();
    let jobId: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        jobId = await sendJob(queue, { n: 1 }, { tx, singletonKey: "rolled-back" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(jobId).toBeDefined();
    expect(await jobExists(queue, jobId!)).toBe(false);
  });

  it("works inside a nested transaction (savepoint) too", async () => {
    const queue = await testQueue();
    const id = await db.transaction(async (tx) => tx.transaction(async (inner) => sendJob(queue, { n: 2 }, { tx: inner })));
    expect(await jobExists(queue, id)).toBe(true);
  });

  it("checks the payload of a registered queue before sending", async () => {
    await expect(enqueueJob("deliver-email", { outboxId: "not-a-uuid" })).rejects.toThrow();
  });

  it("refuses a job for a queue that does not exist", async () => {
    await expect(sendJob(`missing-${crypto.randomUUID()}`, { n: 1 })).rejects.toThrow(/did not accept/);
  });
});

describe("worker", () => {
  it("retries a job whose handler throws, and it succeeds on a later try", async () => {
    const queue = await testQueue({ ...FAST_RETRIES, retryLimit: 2 });
    const tries: number[] = [];
    const failures: string[] = [];
    await workQueue(
      queue,
      payload,
      {
        async run(_data, { attempt }) {
          tries.push(attempt);
          if (attempt === 1) throw new Error("transient");
        },
        async onFailed(_data, lastError) {
          failures.push(lastError);
        },
      },
      { pollingIntervalSeconds: 0.5 },
    );
    await sendJob(queue, { n: 7 });
    await waitFor(() => tries.length === 2);
    const boss = await startQueue();
    const [job] = await boss.fetch(queue); // nothing left to run
    expect(job).toBeUndefined();
    expect(tries).toEqual([1, 2]);
    expect(failures).toEqual([]);
  });

  it("runs onFailed once with the data and the last error after the last retry", async () => {
    const queue = await testQueue(FAST_RETRIES);
    const tries: number[] = [];
    const failures: { data: { n: number }; lastError: string }[] = [];
    await workQueue(
      queue,
      payload,
      {
        async run(_data, { attempt, maxAttempts }) {
          tries.push(attempt);
          expect(maxAttempts).toBe(2);
          throw new Error(`boom ${attempt}`);
        },
        async onFailed(data, lastError) {
          failures.push({ data, lastError });
        },
      },
      { pollingIntervalSeconds: 0.5 },
    );
    await sendJob(queue, { n: 42 });
    await waitFor(() => failures.length > 0);
    expect(tries).toEqual([1, 2]);
    expect(failures).toEqual([{ data: { n: 42 }, lastError: "boom 2" }]);
  });
});
