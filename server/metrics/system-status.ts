/**
 * System numbers read from the database, so every process (and the admin System panel) sees the
 * same values whichever process did the work: queue depth and oldest waiting job (pg-boss's table),
 * scoring latency per provider over the last hour, AI tokens and spend, outbox emails, connections.
 * Each query is bounded by an index (job state, created_at) or a short window. Dead-letter queues
 * ("<queue>-failed", nobody works them) are left out of the queue depth.
 */
import { sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";

export interface TQueueStatus {
  queue: string;
  waiting: number;
  active: number;
  /** Seconds the oldest job that could run now has waited; null when none waits. */
  oldestWaitingSeconds: number | null;
}

export interface TScoringStatus {
  provider: string;
  scores: number;
  p50Ms: number;
  p95Ms: number;
}

export interface TSystemStatus {
  queues: TQueueStatus[];
  /** Scores stored in the last hour, per provider, with latency percentiles. */
  scoringLastHour: TScoringStatus[];
  ai: { provider: string; model: string; inputTokens: number; outputTokens: number; costUsd: number; calls: number }[];
  emailsLastDay: { sent: number; failed: number; pending: number; captured: number };
  /** Database connections by application_name and state (every process of the app). */
  connections: { application: string; state: string; count: number }[];
}

type Row = Record<string, unknown>;
const num = (value: unknown): number => Number(value ?? 0);

export async function readQueueStatus(db: TDbOrTx): Promise<TQueueStatus[]> {
  const rows = (await db.execute(sql`
    select name,
      count(*) filter (where state in ('created', 'retry')) as waiting,
      count(*) filter (where state = 'active') as active,
      extract(epoch from now() - min(created_on) filter (where state in ('created', 'retry') and start_after <= now())) as oldest
    from pgboss.job
    where state in ('created', 'retry', 'active') and name not like '%-failed'
    group by name
    order by name`)) as unknown as Row[];
  return rows.map((row) => ({
    queue: String(row.name),
    waiting: num(row.waiting),
    active: num(row.active),
    oldestWaitingSeconds: row.oldest === null ? null : Math.max(0, Math.round(num(row.oldest) * 10) / 10),
  }));
}

export async function readSystemStatus(db: TDbOrTx): Promise<TSystemStatus> {
  const [queues, scoring, ai, emails, connections] = await Promise.all([
    readQueueStatus(db),
    db.execute(sql`
      select provider, count(*) as scores,
        percentile_cont(0.5) within group (order by latency_ms) as p50,
        percentile_cont(0.95) within group (order by latency_ms) as p95
      from scores where created_at > now() - interval '1 hour' and not manual
      group by provider order by provider`),
    db.execute(sql`
      select provider, model, sum(input_tokens) as input, sum(output_tokens) as output, sum(cost_usd) as cost, count(*) as calls
      from ai_usage group by provider, model order by provider, model`),
    db.execute(sql`
      select status, count(*) as count from outbox_emails
      where created_at > now() - interval '1 day' group by status`),
    db.execute(sql`
      select coalesce(nullif(application_name, ''), 'other') as application, coalesce(state, 'unknown') as state, count(*) as count
      from pg_stat_activity where datname = current_database() group by 1, 2 order by 1, 2`),
  ]);
  const emailCounts = Object.fromEntries((emails as unknown as Row[]).map((row) => [String(row.status), num(row.count)]));
  return {
    queues,
    scoringLastHour: (scoring as unknown as Row[]).map((row) => ({
      provider: String(row.provider),
      scores: num(row.scores),
      p50Ms: Math.round(num(row.p50)),
      p95Ms: Math.round(num(row.p95)),
    })),
    ai: (ai as unknown as Row[]).map((row) => ({
      provider: String(row.provider),
      model: String(row.model),
      inputTokens: num(row.input),
      outputTokens: num(row.output),
      costUsd: num(row.cost),
      calls: num(row.calls),
    })),
    emailsLastDay: {
      sent: emailCounts.sent ?? 0,
      failed: emailCounts.failed ?? 0,
      pending: emailCounts.pending ?? 0,
      captured: emailCounts.captured ?? 0,
    },
    connections: (connections as unknown as Row[]).map((row) => ({
      application: String(row.application),
      state: String(row.state),
      count: num(row.count),
    })),
  };
}
