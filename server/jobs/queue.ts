/**
 * The job queue (pg-boss on our PostgreSQL): one PgBoss instance per process, created on first use.
 *
 * A process that only sends jobs (the web server without the worker, scripts) gets an instance with
 * no timers: `supervise: false` skips pg-boss's maintenance loop (expiring stuck jobs, archiving),
 * which only the worker needs. `startWorker` asks for a supervised one.
 */
import PgBoss from "pg-boss";
import type { TTransaction } from "@/db";
import { getEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { deadLetterQueueName, QUEUES, queuePolicies, type QueuePolicy, type TJobData, type TQueueName } from "./queue-registry";
import { transactionExecutor } from "./transaction-executor";

interface QueueState {
  supervise: boolean;
  ready: Promise<PgBoss>;
}

// On globalThis, not in module scope: the launcher (tsx) and the Next.js server bundle load their own
// copies of this module in one process, and they must share one instance and one connection pool.
const globalForQueue = globalThis as unknown as { rehearseQueue?: QueueState };

function createBoss(supervise: boolean): PgBoss {
  const connectionString = getEnv().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set; the job queue lives in PostgreSQL.");
  const boss = new PgBoss({
    connectionString,
    application_name: "rehearse-jobs",
    max: 4,
    supervise,
    // Expired tries (a killed worker's jobs) are failed and retried within seconds of their expiry,
    // not at pg-boss's default 2-minute maintenance tick. One cheap UPDATE per tick, across processes.
    maintenanceIntervalSeconds: 4,
    schedule: false,
  });
  // Without a listener, an 'error' event (a dropped connection, a failed poll) would crash the process.
  boss.on("error", (error) => logger().error({ err: error }, "job queue error"));
  return boss;
}

/** Creates (or updates the policy of) each queue and its dead-letter queue. Idempotent. */
export async function ensureQueues(boss: PgBoss, policies: Readonly<Record<string, QueuePolicy>>): Promise<void> {
  for (const [name, policy] of Object.entries(policies)) {
    const deadLetter = deadLetterQueueName(name);
    // The dead-letter queue first: the queue row references it.
    await boss.createQueue(deadLetter, { name: deadLetter, ...policy });
    const options = { name, ...policy, deadLetter };
    await boss.createQueue(name, options);
    // createQueue leaves an existing queue alone; this applies a policy changed in code since.
    await boss.updateQueue(name, options);
  }
}

/**
 * Starts this process's queue (installing or migrating pg-boss's schema on first use) and creates
 * every registered queue. Safe to call repeatedly and concurrently; a failed start is retried on the
 * next call. `supervise: true` (the worker) replaces a sender-only instance started earlier.
 */
export function startQueue(options: { supervise?: boolean } = {}): Promise<PgBoss> {
  const supervise = options.supervise ?? false;
  const current = globalForQueue.rehearseQueue;
  if (current && (current.supervise || !supervise)) return current.ready;

  const ready = (async () => {
    if (current) await stopBoss(current);
    const boss = createBoss(supervise);
    await boss.start();
    await ensureQueues(boss, queuePolicies());
    return boss;
  })();
  const state: QueueState = { supervise, ready };
  globalForQueue.rehearseQueue = state;
  ready.catch((error: unknown) => {
    if (globalForQueue.rehearseQueue === state) globalForQueue.rehearseQueue = undefined;
    logger().error({ err: error }, "job queue failed to start");
  });
  return ready;
}

async function stopBoss(state: QueueState): Promise<void> {
  const boss = await state.ready.catch(() => undefined);
  // Graceful: running jobs get up to 30 s to finish; pg-boss fails (and so retries) the rest.
  await boss?.stop({ graceful: true, timeout: 30_000 });
}

// On globalThis for the same reason as the queue itself: one set per process, whichever copy of this module.
const globalForHooks = globalThis as unknown as { rehearseQueueStopHooks?: Set<() => Promise<void>> };
const stopHooks = (globalForHooks.rehearseQueueStopHooks ??= new Set());

/** Runs before the queue closes: the dispatchers stop fetching and let running jobs finish. */
export function onQueueStop(hook: () => Promise<void>): void {
  stopHooks.add(hook);
}

/** Stops workers (letting running jobs finish) and closes the queue's connection pool. */
export async function stopQueue(): Promise<void> {
  const hooks = [...stopHooks];
  stopHooks.clear();
  await Promise.allSettled(hooks.map((hook) => hook()));
  const current = globalForQueue.rehearseQueue;
  globalForQueue.rehearseQueue = undefined;
  if (current) await stopBoss(current);
}

export interface EnqueueJobOptions {
  /** Insert the job in this transaction: it exists only if the transaction commits. */
  tx?: TTransaction;
  /** Stored with the job so it can be found by it (e.g. the outbox id). */
  singletonKey?: string;
  /** Not before this many seconds from now (the first try of a delayed job). */
  startAfterSeconds?: number;
}

/**
 * The untyped core of enqueueJob, for queues outside the registry (tests). Prefer enqueueJob.
 * Returns the job id.
 */
export async function sendJob(name: string, data: object, options: EnqueueJobOptions = {}): Promise<string> {
  const boss = await startQueue();
  const id = await boss.send(name, data, {
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    ...(options.tx ? { db: transactionExecutor(options.tx) } : {}),
  });
  // pg-boss answers null instead of throwing when the queue does not exist.
  if (!id) throw new Error(`Job queue "${name}" did not accept the job (does the queue exist?)`);
  return id;
}

/** Adds a job to a registered queue; the worker (this or another process) runs it. Returns the job id. */
export async function enqueueJob<TName extends TQueueName>(
  name: TName,
  data: TJobData<TName>,
  options: EnqueueJobOptions = {},
): Promise<string> {
  return sendJob(name, QUEUES[name].payload.parse(data), options);
}
