/**
 * Runs jobs. Each try that throws is retried by pg-boss with exponential backoff (queue policy);
 * after the last retry pg-boss moves the job to the queue's dead-letter queue, whose worker runs the
 * handler's onFailed hook. Going through the dead-letter queue (rather than checking the retry count
 * inside the handler) means the hook also runs when the last try timed out or its process died.
 */
import type { z } from "zod";
import { getDb } from "@/server/db";
import { errorCauseFields, logger } from "@/server/logger";
import { getEnv } from "@/server/env";
import { startDispatcher, type DispatchedJob } from "./dispatcher";
import { onQueueStop, startQueue, stopQueue } from "./queue";
import { deadLetterQueueName, QUEUES, type QueueDefinition, type TJobData, type TQueueName } from "./queue-registry";
import { sqlExecutor } from "./transaction-executor";

export interface JobAttempt {
  jobId: string;
  /** 1 for the first try. */
  attempt: number;
  maxAttempts: number;
}

export interface JobHandler<TData> {
  /** One try. Throw to have the job retried; jobs are at-least-once, so a try may repeat a finished one. */
  run(data: TData, attempt: JobAttempt): Promise<void>;
  /** Runs once when the job has failed for good, with the last error's message. Throw to have it retried. */
  onFailed?(data: TData, lastError: string): Promise<void>;
  /** Whose job this is (the user), for the per-user cap of queues that have one (fairness). */
  fairnessKey?(data: TData): Promise<string | null>;
}

export type JobHandlers = { [TName in TQueueName]: JobHandler<TJobData<TName>> };

export interface RunningWorker {
  /** Stops taking jobs, lets running ones finish, and closes the queue. */
  stop(): Promise<void>;
}

/** The message pg-boss stored as the failed job's output: a serialized Error, or `{ value: { message } }` on expiry. */
function failureMessage(output: unknown): string {
  const candidates = [output, (output as { value?: unknown } | null)?.value];
  for (const candidate of candidates) {
    const message = (candidate as { message?: unknown } | null)?.message;
    if (typeof message === "string") return message;
  }
  return "unknown error";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The slowest a dead-letter queue is polled (its main queue's interval when that is longer). */
export const DEAD_LETTER_POLLING_SECONDS = 2;
/** Queues fed only by their cron schedule (every 5 minutes at most): a tick may start this late. */
export const SCHEDULED_POLLING_SECONDS = 10;

export interface WorkQueueOptions<TData> {
  pollingIntervalSeconds?: number;
  /** Jobs run at once in this process (default 1). */
  concurrency?: number;
  /** Per-owner cap (fairness): see dispatcher.ts. */
  fairness?: { key(data: TData): Promise<string | null>; maxPerKey: number; deferSeconds?: number };
}

/**
 * Works one queue (and its dead-letter queue). The untyped core of startWorker, also used by tests
 * with their own queues; the queue must exist (ensureQueues).
 */
export async function workQueue<TData>(
  name: string,
  payload: z.ZodType<TData>,
  handler: JobHandler<TData>,
  options: WorkQueueOptions<TData> = {},
): Promise<void> {
  const boss = await startQueue({ supervise: true });
  const log = logger().child({ queue: name });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const fairness = options.fairness;
  // Fetch, complete and fail through the app's client: prepared once per connection, not parsed per job.
  const db = sqlExecutor(getDb().$client);

  const main = startDispatcher(
    boss,
    name,
    {
      concurrency: options.concurrency ?? 1,
      pollingIntervalSeconds,
      db,
      ...(fairness
        ? {
            fairness: {
              key: async (job: DispatchedJob) => {
                const data = payload.safeParse(job.data);
                return data.success ? fairness.key(data.data) : null;
              },
              maxPerKey: fairness.maxPerKey,
              deferSeconds: fairness.deferSeconds ?? 0.25,
            },
          }
        : {}),
    },
    async (job) => {
      const attempt: JobAttempt = { jobId: job.id, attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 };
      try {
        await handler.run(payload.parse(job.data), attempt);
      } catch (error) {
        // Drizzle's message names the statement; the cause (PostgreSQL's code, detail, constraint) says why it failed.
        log.warn({ jobId: job.id, attempt: attempt.attempt, maxAttempts: attempt.maxAttempts, error: errorMessage(error), ...errorCauseFields(error) }, "job try failed");
        throw error;
      }
    },
  );

  // A job reaches its dead-letter queue after its last retry (seconds to hours after it was sent): polling
  // that queue as often as the main one (every 0.5 s for scoring) only costs idle statements.
  const deadLetterPolling = Math.max(pollingIntervalSeconds, DEAD_LETTER_POLLING_SECONDS);
  const deadLetter = startDispatcher(boss, deadLetterQueueName(name), { concurrency: Math.min(4, options.concurrency ?? 1), pollingIntervalSeconds: deadLetterPolling, db }, async (job) => {
    const lastError = failureMessage(job.output);
    log.error({ deadLetterJobId: job.id, error: lastError }, "job failed after its last retry");
    await handler.onFailed?.(payload.parse(job.data), lastError);
  });

  onQueueStop(async () => {
    await Promise.all([main.stop(), deadLetter.stop()]);
  });
}

async function workRegisteredQueue<TName extends TQueueName>(name: TName, handlers: JobHandlers): Promise<void> {
  // Indexing QUEUES with a generic name loses the pairing of name and payload type; restore it here.
  const definition = QUEUES[name] as unknown as QueueDefinition<TJobData<TName>>;
  const handler = handlers[name];
  const env = getEnv();
  const fairnessKey = handler.fairnessKey?.bind(handler);
  await workQueue(name, definition.payload, handler, {
    pollingIntervalSeconds: definition.pollingIntervalSeconds ?? (definition.schedule ? SCHEDULED_POLLING_SECONDS : undefined),
    concurrency: definition.concurrencyEnv ? env[definition.concurrencyEnv] : 1,
    ...(fairnessKey ? { fairness: { key: fairnessKey, maxPerKey: env.SCORING_PER_USER_CONCURRENCY } } : {}),
  });
  if (definition.schedule) await (await startQueue({ supervise: true })).schedule(name, definition.schedule, {});
}

/** Works every registered queue in this process until stop(). */
export async function startWorker(options: { handlers: JobHandlers }): Promise<RunningWorker> {
  for (const name of Object.keys(QUEUES) as TQueueName[]) await workRegisteredQueue(name, options.handlers);
  logger().info({ queues: Object.keys(QUEUES) }, "job worker started");
  return {
    stop: stopQueue,
  };
}
