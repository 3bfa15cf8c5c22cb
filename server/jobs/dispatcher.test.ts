import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { QUEUES, type QueuePolicy } from "./queue-registry";
import { ensureQueues, sendJob, startQueue, stopQueue } from "./queue";
import { workQueue } from "./worker";

const POLICY: QueuePolicy = { retryLimit: 1, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 };
const payload = z.object({ n: z.number(), user: z.string().optional() });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function testQueue(policy: QueuePolicy = POLICY): Promise<string> {
  const name = `test-${crypto.randomUUID()}`;
  await ensureQueues(await startQueue(), { [name]: policy });
  return name;
}

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(50);
  }
}

beforeAll(async () => {
  await startQueue();
});
afterAll(async () => {
  await stopQueue();
});

describe("dispatcher", () => {
  it("runs up to `concurrency` jobs at once, never more, and finishes them all", async () => {
    const queue = await testQueue();
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    for (let n = 0; n < 24; n += 1) await sendJob(queue, { n });
    const started = Date.now();
    await workQueue(
      queue,
      payload,
      {
        run: async ({ n }) => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await sleep(150);
          inFlight -= 1;
          done.push(n);
        },
      },
      { concurrency: 6, pollingIntervalSeconds: 0.5 },
    );
    await waitFor(() => done.length === 24);
    const elapsed = Date.now() - started;
    expect(peak).toBe(6);
    // 24 jobs of 150 ms, 6 at a time: 4 rounds (~0.6 s); one at a time would take 3.6 s.
    expect(elapsed).toBeLessThan(2_500);
  });

  it("fairness: one user's burst of 40 jobs does not delay another user's single job", async () => {
    const queue = await testQueue();
    // Order of starts, recorded as events (not wall-clock times, which a busy machine stretches).
    const started: string[] = [];
    let burstRunning = 0;
    let burstRunningWhenSingleStarted = -1;
    // The burst's jobs hold their slots until the single job has started: without the per-user cap
    // the burst would fill all 4 slots and the single job could never start (the wait below times out).
    let releaseBurst!: () => void;
    const singleStarted = new Promise<void>((resolve) => (releaseBurst = resolve));
    for (let n = 0; n < 40; n += 1) await sendJob(queue, { n, user: "burst" });
    await sendJob(queue, { n: 1000, user: "single" });
    await workQueue(
      queue,
      payload,
      {
        run: async ({ n, user }) => {
          started.push(`${user}:${n}`);
          if (user === "single") {
            burstRunningWhenSingleStarted = burstRunning;
            releaseBurst();
            return;
          }
          burstRunning += 1;
          await singleStarted;
          await sleep(20);
          burstRunning -= 1;
        },
      },
      { concurrency: 4, pollingIntervalSeconds: 0.5, fairness: { key: async ({ user }) => user ?? null, maxPerKey: 2 } },
    );
    await waitFor(() => started.includes("single:1000"), 20_000);
    // Only the burst's cap (2) of its 40 jobs started before the single one, and they were still running.
    expect(started.indexOf("single:1000")).toBe(2);
    expect(burstRunningWhenSingleStarted).toBe(2);
    // The burst itself still runs to the end.
    await waitFor(() => started.length === 41, 20_000);
    expect(new Set(started).size).toBe(41);
  }, 45_000);

  it("looks up the owners of a fetched batch together, not one after another", async () => {
    const queue = await testQueue();
    for (let n = 0; n < 8; n += 1) await sendJob(queue, { n, user: `user-${n}` });
    const startedAt: number[] = [];
    let lookupsInFlight = 0;
    let peakLookups = 0;
    const t0 = Date.now();
    await workQueue(
      queue,
      payload,
      { run: async () => void startedAt.push(Date.now() - t0) },
      {
        concurrency: 8,
        pollingIntervalSeconds: 0.5,
        fairness: {
          // A slow owner lookup (a busy database): 8 of them one after another would take 2.4 s.
          key: async ({ user }) => {
            lookupsInFlight += 1;
            peakLookups = Math.max(peakLookups, lookupsInFlight);
            await sleep(300);
            lookupsInFlight -= 1;
            return user ?? null;
          },
          maxPerKey: 2,
        },
      },
    );
    await waitFor(() => startedAt.length === 8, 10_000);
    expect(peakLookups).toBeGreaterThan(1);
    expect(Math.max(...startedAt)).toBeLessThan(1_800);
  });

  it("a job whose worker process was killed mid-job is picked up again within 30 s (score-answer's expiry)", async () => {
    const queue = await testQueue(QUEUES["score-answer"].policy);
    const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures/hanging-worker.ts"), queue], {
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const jobId = await sendJob(queue, { n: 1 });
    await waitFor(() => output.includes(`started ${jobId}`), 20_000);
    child.kill("SIGKILL");
    const killedAt = Date.now();

    let pickedUpAfter: number | undefined;
    await workQueue(queue, payload, { run: async () => void (pickedUpAfter ??= Date.now() - killedAt) }, { pollingIntervalSeconds: 0.5 });
    await waitFor(() => pickedUpAfter !== undefined, 40_000);
    console.log(`killed worker's job picked up again after ${pickedUpAfter} ms`);
    expect(pickedUpAfter!).toBeLessThan(30_000);
  }, 60_000);
});
