/**
 * Admin metrics for the last 7 / 30 / 90 days. Each figure is one set-based query over an indexed
 * time range, run in parallel; `npm run bench:admin` times them on a generated million-answer database.
 */
import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";

export interface TMetricsPeriod {
  from: Date;
  to: Date;
  days: number;
}

export function metricsPeriod(days: number, now = new Date()): TMetricsPeriod {
  const to = now;
  const from = new Date(now.getTime() - days * 24 * 3600 * 1000);
  return { from, to, days };
}

type TRow = Record<string, unknown>;

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** Named queries, so the benchmark can time each one. */
export function metricQueries(db: TDatabase, period: TMetricsPeriod) {
  // ISO strings, not Dates: raw SQL parameters bypass Drizzle's column mappers.
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const days = sql`generate_series(date_trunc('day', ${from}::timestamptz), date_trunc('day', ${to}::timestamptz), interval '1 day')`;
  return {
    newUsers: () =>
      db.execute<TRow>(sql`
        select d::date::text as day, coalesce(c.n, 0)::int as value
        from ${days} d
        left join (select date_trunc('day', created_at) as day, count(*) as n from users
                   where created_at >= ${from} and created_at < ${to} group by 1) c on c.day = d
        order by d`),
    dailyActiveUsers: () =>
      db.execute<TRow>(sql`
        select d::date::text as day, coalesce(c.n, 0)::int as value
        from ${days} d
        left join (select date_trunc('day', created_at) as day, count(distinct user_id) as n from answers
                   where created_at >= ${from} and created_at < ${to} group by 1) c on c.day = d
        order by d`),
    activeUsers: () =>
      db.execute<TRow>(sql`
        select count(distinct user_id) filter (where created_at >= ${to}::timestamptz - interval '1 day')::int as dau,
               count(distinct user_id) filter (where created_at >= ${to}::timestamptz - interval '7 days')::int as wau,
               count(distinct user_id) filter (where created_at >= ${to}::timestamptz - interval '30 days')::int as mau,
               count(distinct user_id)::int as period
        from answers where created_at >= least(${from}::timestamptz, ${to}::timestamptz - interval '30 days') and created_at < ${to}`),
    interviews: () =>
      db.execute<TRow>(sql`
        select d::date::text as day, coalesce(s.n, 0)::int as started, coalesce(c.n, 0)::int as completed
        from ${days} d
        left join (select date_trunc('day', started_at) as day, count(*) as n from interviews
                   where started_at >= ${from} and started_at < ${to} group by 1) s on s.day = d
        left join (select date_trunc('day', completed_at) as day, count(*) as n from interviews
                   where completed_at >= ${from} and completed_at < ${to} group by 1) c on c.day = d
        order by d`),
    interviewShape: () =>
      db.execute<TRow>(sql`
        select coalesce(round(avg(extract(epoch from completed_at - started_at)))::int, 0) as avg_duration_seconds,
               coalesce(round(count(*)::numeric / nullif(count(distinct user_id), 0), 2), 0)::float as completed_per_user
        from interviews where completed_at >= ${from} and completed_at < ${to}`),
    scoring: () =>
      db.execute<TRow>(sql`
        select d::date::text as day, coalesce(c.scored, 0)::int as scored, coalesce(c.flagged, 0)::int as flagged
        from ${days} d
        left join (select date_trunc('day', a.created_at) as day,
                          count(*) filter (where a.status in ('scored', 'flagged')) as scored,
                          count(*) filter (where a.status = 'flagged') as flagged
                   from answers a where a.created_at >= ${from} and a.created_at < ${to} group by 1) c on c.day = d
        order by d`),
    averageScoreByTrack: () =>
      db.execute<TRow>(sql`
        select i.track::text as track, round(avg(s.total))::int as average, count(*)::int as answers
        from scores s
        join answers a on a.id = s.answer_id
        join interviews i on i.id = a.interview_id
        where s.created_at >= ${from} and s.created_at < ${to}
        group by i.track order by i.track`),
    aiUsage: () =>
      db.execute<TRow>(sql`
        select provider, model, sum(input_tokens)::bigint as input_tokens, sum(output_tokens)::bigint as output_tokens,
               round(sum(cost_usd), 4)::float as cost_usd, count(*)::int as calls,
               count(*) filter (where outcome <> 'ok')::int as failed_calls
        from ai_usage where created_at >= ${from} and created_at < ${to}
        group by provider, model order by cost_usd desc`),
    weekOneRetention: () =>
      db.execute<TRow>(sql`
        select count(*)::int as cohort,
               count(*) filter (where exists (
                 select 1 from answers a where a.user_id = u.id
                   and a.created_at >= u.created_at + interval '1 day' and a.created_at < u.created_at + interval '8 days'))::int as retained
        from users u
        where u.created_at >= ${from} and u.created_at < ${to}::timestamptz - interval '8 days'`),
  };
}

export type TMetricQueryName = keyof ReturnType<typeof metricQueries>;

export async function adminMetrics(db: TDatabase, days: number, extra: { billing?: (period: TMetricsPeriod) => Promise<TBillingMetrics> } = {}) {
  const period = metricsPeriod(days);
  const q = metricQueries(db, period);
  const [newUsers, dau, active, interviewSeries, shape, scoring, byTrack, ai, retention, billing] = await Promise.all([
    q.newUsers(),
    q.dailyActiveUsers(),
    q.activeUsers(),
    q.interviews(),
    q.interviewShape(),
    q.scoring(),
    q.averageScoreByTrack(),
    q.aiUsage(),
    q.weekOneRetention(),
    extra.billing ? extra.billing(period) : Promise.resolve(EMPTY_BILLING),
  ]);
  const sum = (rows: TRow[], key: string) => rows.reduce((total, row) => total + num(row[key]), 0);
  const started = sum(interviewSeries, "started");
  const completed = sum(interviewSeries, "completed");
  const activeRow = active[0] ?? {};
  const retentionRow = retention[0] ?? {};
  const aiTokens = ai.reduce((total, row) => total + num(row.input_tokens) + num(row.output_tokens), 0);
  const aiCostUsd = Math.round(ai.reduce((total, row) => total + num(row.cost_usd), 0) * 10000) / 10000;
  const newUserCount = sum(newUsers, "value");
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString(), days },
    metrics: {
      newUsers: newUserCount,
      activeUsers: num(activeRow.period),
      interviewsStarted: started,
      interviewsCompleted: completed,
      answersScored: sum(scoring, "scored"),
      flaggedAnswers: sum(scoring, "flagged"),
      aiTokens,
      aiCostUsd,
      revenueCents: billing.revenueCents,
      mrrCents: billing.mrrCents,
      activeSubscriptions: billing.activeSubscriptions,
      conversionRate: billing.conversionRate,
    },
    details: {
      dau: num(activeRow.dau),
      wau: num(activeRow.wau),
      mau: num(activeRow.mau),
      completionRate: started > 0 ? Math.round((completed / started) * 1000) / 1000 : 0,
      averageInterviewSeconds: num(shape[0]?.avg_duration_seconds),
      completedInterviewsPerUser: num(shape[0]?.completed_per_user),
      weekOneRetention: num(retentionRow.cohort) > 0 ? Math.round((num(retentionRow.retained) / num(retentionRow.cohort)) * 1000) / 1000 : null,
      averageScoreByTrack: byTrack.map((row) => ({ track: String(row.track), average: num(row.average), answers: num(row.answers) })),
      aiByModel: ai.map((row) => ({
        provider: String(row.provider),
        model: String(row.model),
        inputTokens: num(row.input_tokens),
        outputTokens: num(row.output_tokens),
        costUsd: num(row.cost_usd),
        calls: num(row.calls),
        failedCalls: num(row.failed_calls),
      })),
      subscriptionsByPlan: billing.subscriptionsByPlan,
    },
    series: interviewSeries.map((row, index) => ({
      day: String(row.day),
      newUsers: num(newUsers[index]?.value),
      activeUsers: num(dau[index]?.value),
      interviewsStarted: num(row.started),
      interviewsCompleted: num(row.completed),
      answersScored: num(scoring[index]?.scored),
      flaggedAnswers: num(scoring[index]?.flagged),
      revenueCents: billing.revenueByDay[String(row.day)] ?? 0,
    })),
  };
}

export interface TBillingMetrics {
  revenueCents: number;
  mrrCents: number;
  activeSubscriptions: number;
  conversionRate: number;
  subscriptionsByPlan: Array<{ plan: string; count: number }>;
  revenueByDay: Record<string, number>;
}

const EMPTY_BILLING: TBillingMetrics = {
  revenueCents: 0,
  mrrCents: 0,
  activeSubscriptions: 0,
  conversionRate: 0,
  subscriptionsByPlan: [],
  revenueByDay: {},
};

export type TAdminMetrics = Awaited<ReturnType<typeof adminMetrics>>;
