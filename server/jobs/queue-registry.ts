/**
 * Every job queue Rehearse uses: its retry policy and the shape of its payload.
 * Kept free of handler code so that enqueuing (from the Next.js bundle, scripts) pulls in nothing
 * but pg-boss and Zod; the handlers live in server/worker/job-handlers.ts, which only worker processes import.
 */
import { z } from "zod";

export interface QueuePolicy {
  /** Retries after the first try; the job runs at most retryLimit + 1 times. */
  retryLimit: number;
  /** Seconds before the first retry; with backoff each later retry waits about twice as long. */
  retryDelay: number;
  retryBackoff: true;
  /** A try still running after this long counts as failed (and is retried). */
  expireInSeconds: number;
}

export interface QueueDefinition<TPayload extends object> {
  policy: QueuePolicy;
  /** Cron expression for periodic queues: the worker schedules one job per tick. */
  schedule?: string;
  /** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /**
   * The environment variable giving how many jobs of this queue a process runs at once; without
   * one, a single job at a time (Stripe events and the periodic sweeps rely on that order).
   */
  concurrencyEnv?: "SCORING_CONCURRENCY" | "EMAIL_CONCURRENCY" | "TRANSCRIPTION_CONCURRENCY";
  /** Checked when a job is sent and again when it runs: job data is JSON from the database. */
  payload: z.ZodType<TPayload>;
}

export const QUEUES = {
  /**
   * Sends one outbox email. Seven tries over about an hour ride out an SMTP outage;
   * nodemailer's own timeouts (smtp-transport.ts) stay well under the 2-minute expiry.
   * Polled every 0.5 s (pg-boss's minimum) like scoring: a verification email is what a person who
   * just signed up waits for, and the default 2 s added up to 2 s to every email of a quiet queue.
   */
  "deliver-email": {
    policy: { retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    pollingIntervalSeconds: 0.5,
    concurrencyEnv: "EMAIL_CONCURRENCY",
    payload: z.object({ outboxId: z.uuid() }),
  },
  /**
   * Scores one answer. An AI try has one end-to-end deadline (AI_TIMEOUT_MS, at most 10 s), so the
   * expiry is short: a try whose worker died is failed by pg-boss's maintenance (every 4 s, queue.ts)
   * at most 12 + 4 s after it started and retried 5–10 s later, within 30 s. The handler is
   * idempotent (one score per answer), so a slow try overlapping its retry is harmless. Three retries
   * with backoff ride out a provider's bad minute, then the built-in analyzer scores it (onFailed).
   * Polled every 0.5 s so a built-in score is back within a second of the submit.
   */
  "score-answer": {
    policy: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 12 },
    pollingIntervalSeconds: 0.5,
    concurrencyEnv: "SCORING_CONCURRENCY",
    // userId: the answer's owner, for the worker's per-user cap without a look-up per job (absent on older jobs).
    payload: z.object({ answerId: z.uuid(), userId: z.uuid().optional() }),
  },
  /**
   * Replaces a provisional score (the built-in's, given while the AI provider was down) with the AI
   * grade once the provider answers again (server/scoring/service/regrade-answer.ts). The first try
   * waits REGRADE_FIRST_DELAY_SECONDS; each try that finds the provider still down throws, and
   * pg-boss retries it after 1–2, 2–4, 4–8 … 32–64 minutes (about an hour to two in all) — backoff
   * over minutes, not the scorer's seconds. After the last try the built-in score stays, for review.
   * Idempotent: only a row still provisional (and not manual) is replaced.
   */
  "regrade-answer": {
    policy: { retryLimit: 6, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 },
    pollingIntervalSeconds: 5,
    concurrencyEnv: "SCORING_CONCURRENCY",
    payload: z.object({ answerId: z.uuid() }),
  },
  /**
   * Applies one recorded Stripe event (server/billing/process-stripe-event.ts). Ten tries with backoff
   * (about 1.5 hours) ride out a Stripe or database outage; after that the event waits for an admin.
   */
  "process-stripe-event": {
    policy: { retryLimit: 9, retryDelay: 10, retryBackoff: true, expireInSeconds: 120 },
    pollingIntervalSeconds: 1,
    payload: z.object({ eventId: z.string().min(1).max(255) }),
  },
  /** Rolls finished days up into metrics_daily for the admin console (every 10 minutes; cheap when current). */
  "refresh-metric-rollups": {
    policy: { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 },
    schedule: "*/10 * * * *",
    payload: z.object({}),
  },
  /** The periodic sweep that abandons in-progress interviews idle for 2 hours (scheduled every 5 minutes). */
  "abandon-idle-interviews": {
    policy: { retryLimit: 1, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    schedule: "*/5 * * * *",
    payload: z.object({}),
  },
  /**
   * Opt-in reminder emails (reviews due today, the Monday summary) for candidates whose local
   * morning has come (server/reminders/send-reminders.ts). Every 15 minutes, so each time zone,
   * half-hour ones included, is served soon after 08:00; one email per user, kind and local day.
   */
  "send-reminders": {
    policy: { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
    schedule: "*/15 * * * *",
    payload: z.object({}),
  },
  /**
   * Transcribes one uploaded recording (server/voice: enqueued with the row by the upload, in one
   * transaction). A try has one deadline (TRANSCRIPTION_TIMEOUT_MS, at most 150 s) below the 180 s
   * expiry, so a killed worker's try is retried within about three minutes; idempotent (a
   * transcribed recording is left alone).
   */
  "transcribe-recording": {
    policy: { retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 180 },
    pollingIntervalSeconds: 1,
    concurrencyEnv: "TRANSCRIPTION_CONCURRENCY",
    payload: z.object({ recordingId: z.uuid() }),
  },
  /**
   * Daily voice housekeeping (server/voice/recordings/retention.ts): deletes audio older than
   * VOICE_RETENTION_DAYS (the transcript stays, audioDeletedAt is set) and storage objects no row
   * refers to (left by a deletion whose storage call failed).
   */
  "voice-retention": {
    policy: { retryLimit: 2, retryDelay: 300, retryBackoff: true, expireInSeconds: 1800 },
    schedule: "17 3 * * *",
    payload: z.object({}),
  },
} as const satisfies Record<string, QueueDefinition<object>>;

export type TQueueName = keyof typeof QUEUES;

/** How long after a provisional score its first AI re-grade waits (the provider just failed). */
export const REGRADE_FIRST_DELAY_SECONDS = 60;
export type TJobData<TName extends TQueueName> = z.infer<(typeof QUEUES)[TName]["payload"]>;

/**
 * Where pg-boss moves a job after its last retry failed (or timed out). The worker consumes it to
 * run the queue's onFailed hook, so that hook also runs when the last try was killed by expiry.
 */
export function deadLetterQueueName(queue: string): string {
  return `${queue}-failed`;
}

export function queuePolicies(): Record<TQueueName, QueuePolicy> {
  return Object.fromEntries(Object.entries(QUEUES).map(([name, definition]) => [name, definition.policy])) as Record<
    TQueueName,
    QueuePolicy
  >;
}
