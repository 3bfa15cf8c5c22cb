/**
 * Runs up to `concurrency` jobs of one queue at a time in this process.
 *
 * pg-boss 10 has no per-worker concurrency option (`localConcurrency` arrived in v11; v10's
 * `work({ batchSize })` hands the callback a batch that completes or fails as a whole, so one slow
 * job would hold the others). So this loop fetches exactly as many jobs as it has free slots and
 * completes or fails each one on its own. When a slot frees it fetches again at once; it only sleeps
 * (the polling interval) when the queue is empty.
 *
 * Fairness: pg-boss 10's "singleton" policy would allow one active job per key, but its fetch fails
 * with a unique violation when a second job of an active key comes up in a later fetch, and the
 * queue's singletonKey is already the answer id (idempotent sends). So fairness is a per-key cap in
 * this process: a job whose key (the user) already has `maxPerKey` jobs running here is handed back
 * to the queue untouched (not counted as a try) to start a second later, and the next fetch reaches
 * other users' jobs behind it. The cap is per process; with several workers a user can have
 * `maxPerKey` jobs in each, which is still bounded.
 */
import type PgBoss from "pg-boss";
import { logger } from "@/server/logger";
import { recordJobTry } from "@/server/metrics/registry";
import { withQueueNameInline } from "./queue-name-literal";

export type DispatchedJob = PgBoss.JobWithMetadata<unknown>;

export interface DispatcherOptions {
  concurrency: number;
  pollingIntervalSeconds: number;
  /**
   * Where fetch, complete, fail and defer run (pg-boss's `db` option): the app's client, whose
   * prepared statements PostgreSQL plans once (transaction-executor.ts). Default: pg-boss's own pool.
   */
  db?: PgBoss.Db;
  fairness?: {
    /** The job's owner (e.g. the user id), or null when it has none. */
    key(job: DispatchedJob): Promise<string | null>;
    maxPerKey: number;
    /** How long a deferred job waits before it can be fetched again. */
    deferSeconds: number;
  };
}

/**
 * How long a finished job waits for others before its completion is written and its slot refilled:
 * jobs finishing within this window share one `complete` and one `fetch` statement instead of two
 * each (docs/performance.md, sixth session). Only when the queue is busy; an idle queue's first job
 * is fetched by the polling loop as before.
 */
export const SETTLE_BATCH_MS = 20;

export interface Dispatcher {
  /** Jobs running now (for tests and metrics). */
  readonly inFlight: number;
  /** Stops fetching and waits (up to timeoutMs) for running jobs to finish. */
  stop(timeoutMs?: number): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects when the job outlives its expiry: pg-boss would fail it by timeout anyway. */
function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`job did not finish within its ${seconds} s expiry`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Hands an active job back to the queue as if never started (retry_count unchanged). */
async function deferJob(db: PgBoss.Db, name: string, id: string, seconds: number): Promise<void> {
  await db.executeSql(
    `UPDATE pgboss.job SET state = 'created', started_on = NULL, start_after = now() + $3 * interval '1 second'
     WHERE name = $1 AND id = $2 AND state = 'active'`,
    [name, id, seconds],
  );
}

/**
 * pg-boss's complete(name, ids, data, options): its typings offer ids only without data, where the
 * runtime would then read the options as the job's output and use its own pool.
 */
function completeMany(boss: PgBoss, name: string, ids: string[], options: PgBoss.ConnectionOptions): Promise<unknown> {
  const complete = boss.complete.bind(boss) as unknown as (name: string, ids: string[], data: null, options: PgBoss.ConnectionOptions) => Promise<unknown>;
  return complete(name, ids, null, options);
}

export function startDispatcher(
  boss: PgBoss,
  name: string,
  options: DispatcherOptions,
  run: (job: DispatchedJob) => Promise<void>,
): Dispatcher {
  const log = logger().child({ queue: name });
  // pg-boss reads the options' db (its own pool when absent); complete and fail take it after the job's data.
  // The queue's name goes into the statements' text, so PostgreSQL plans them once (queue-name-literal.ts).
  const db = withQueueNameInline(options.db ?? boss.getDb(), name);
  const connection = { db };
  const running = new Set<Promise<void>>();
  const perKey = new Map<string, number>();
  let stopping = false;
  let wake: (() => void) | undefined;
  const wakeUp = (): void => {
    wake?.();
    wake = undefined;
  };
  // Finished jobs whose completion is not written yet, and the timer that writes them and refills their slots.
  let finished: { id: string; seconds: number; waited: number }[] = [];
  let settleTimer: NodeJS.Timeout | undefined;
  const settleSoon = (): void => {
    settleTimer ??= setTimeout(() => {
      settleTimer = undefined;
      wakeUp();
    }, SETTLE_BATCH_MS);
  };

  /** Writes the finished jobs' completion in one statement (pg-boss's complete takes several ids). */
  async function completeFinished(): Promise<void> {
    if (finished.length === 0) return;
    const batch = finished;
    finished = [];
    try {
      await completeMany(boss, name, batch.map((job) => job.id), connection);
      for (const job of batch) recordJobTry(name, "completed", job.seconds, job.waited);
    } catch (error) {
      // The jobs stay active; pg-boss's expiry retries them, and their handlers are idempotent.
      log.error({ jobIds: batch.map((job) => job.id), err: error }, "could not record completed jobs");
    }
  }

  async function execute(job: DispatchedJob, key: string | null): Promise<void> {
    const started = performance.now();
    const waited = (Date.now() - new Date(job.createdOn).getTime()) / 1000;
    try {
      await withinSeconds(run(job), job.expireInSeconds);
      finished.push({ id: job.id, seconds: (performance.now() - started) / 1000, waited });
    } catch (error) {
      recordJobTry(name, "failed", (performance.now() - started) / 1000, waited);
      await boss.fail(name, job.id, error instanceof Error ? error : new Error(String(error)), connection).catch((failError: unknown) => {
        // The job stays active; pg-boss's expiry fails it later.
        log.error({ jobId: job.id, err: failError }, "could not record a failed job try");
      });
    } finally {
      if (key !== null) {
        const left = (perKey.get(key) ?? 1) - 1;
        if (left <= 0) perKey.delete(key);
        else perKey.set(key, left);
      }
    }
  }

  /** Admits a fetched batch: the owners are looked up together (one round trip's wait, not one per job), then capped in order. */
  async function admitAll(jobs: DispatchedJob[]): Promise<void> {
    const fairness = options.fairness;
    const keys = fairness ? await Promise.all(jobs.map((job) => fairness.key(job).catch(() => null))) : [];
    for (const [index, job] of jobs.entries()) await admit(job, keys[index] ?? null);
  }

  async function admit(job: DispatchedJob, key: string | null): Promise<void> {
    const fairness = options.fairness;
    if (fairness) {
      if (key !== null && (perKey.get(key) ?? 0) >= fairness.maxPerKey) {
        await deferJob(db, name, job.id, fairness.deferSeconds);
        return;
      }
      if (key !== null) perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    const task = execute(job, key).finally(() => {
      running.delete(task);
      settleSoon();
    });
    running.add(task);
  }

  const loop = (async () => {
    while (!stopping) {
      await completeFinished();
      const free = options.concurrency - running.size;
      let fetched = 0;
      if (free > 0) {
        try {
          const jobs = await boss.fetch<unknown>(name, { batchSize: free, includeMetadata: true, ...connection });
          fetched = jobs.length;
          await admitAll(jobs);
        } catch (error) {
          if (stopping) break;
          log.error({ err: error }, "job fetch failed");
        }
      }
      if (stopping) break;
      // A full batch means more may be waiting: fetch again as soon as a slot is free. Deferred jobs
      // freed their slots at once, so the next fetch (which skips them) goes straight on.
      if (free > 0 && fetched === free) continue;
      await new Promise<void>((resolve) => {
        // Unref'd: a sleeping dispatcher must not keep a stopping process alive.
        const timer = setTimeout(resolve, running.size >= options.concurrency ? 60_000 : options.pollingIntervalSeconds * 1000);
        timer.unref();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  return {
    get inFlight() {
      return running.size;
    },
    async stop(timeoutMs = 30_000) {
      stopping = true;
      wakeUp();
      await loop;
      await Promise.race([Promise.allSettled([...running]), sleep(timeoutMs)]);
      clearTimeout(settleTimer);
      await completeFinished();
    },
  };
}
