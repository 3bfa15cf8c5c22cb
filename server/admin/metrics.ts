/**
 * Admin metrics for the last 7 / 30 / 90 days (UTC days, today included). Finished days come from
 * the daily rollups; days not rolled up yet (normally only today) are aggregated live with the same
 * SQL, so figures are exact and every query stays small. `npm run bench:admin` times them.
 */
import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import type { TBillingMetricsResult } from "@/server/billing/billing-metrics";
import { cohortRetentionSql, dailyAggregatesSql } from "./metric-aggregates";

export type TBillingMetrics = TBillingMetricsResult;

const EMPTY_BILLING: TBillingMetrics = { revenueCents: 0, mrrCents: 0, activeSubscriptions: 0, conversionRate: 0, subscriptionsByPlan: [], revenueByDay: {} };

type TAggregateRow = {
  day: string;
  metric: string;
  key: string;
  value: number;
};

export interface TMetricsWindow {
  days: number;
  fromDay: string;
  today: string;
}

export function metricsWindow(days: number, now = new Date()): TMetricsWindow {
  const today = now.toISOString().slice(0, 10);
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - (days - 1));
  return { days, fromDay: from.toISOString().slice(0, 10), today };
}

const startOf = (day: string) => sql`${day}::date::timestamp at time zone 'UTC'`;

/** Named queries, so the benchmark can time each one. */
export function metricQueries(db: TDatabase, window: TMetricsWindow) {
  return {
    lastRolledUp: () =>
      db.execute<{ day: string | null }>(sql`select max(day)::text as day from metrics_daily where metric = 'rolled_up'`),
    rolledUp: (untilDay: string) =>
      db.execute<TAggregateRow>(sql`
        select day::text as day, metric, key, value from metrics_daily
        where day between ${window.fromDay}::date - 8 and ${untilDay}::date and metric <> 'rolled_up'`),
    live: (fromDay: string) =>
      db.execute<TAggregateRow>(sql`select day::text as day, metric, key, value from (${dailyAggregatesSql(startOf(fromDay), sql`now()`)}) live`),
    liveCohorts: (fromDay: string) =>
      db.execute<TAggregateRow>(sql`select day::text as day, metric, key, value from (
        ${cohortRetentionSql(sql`${startOf(fromDay)} - interval '8 days'`, sql`now() - interval '8 days'`)}) live`),
    activeUsers: () =>
      db.execute<{ dau: number; wau: number; mau: number; period: number }>(sql`
        select count(*) filter (where last_active_at >= now() - interval '1 day')::int as dau,
               count(*) filter (where last_active_at >= now() - interval '7 days')::int as wau,
               count(*) filter (where last_active_at >= now() - interval '30 days')::int as mau,
               count(*) filter (where last_active_at >= ${startOf(window.fromDay)})::int as period
        from users where last_active_at >= least(${startOf(window.fromDay)}, now() - interval '30 days')`),
  };
}

function dayList(window: TMetricsWindow): string[] {
  const days: string[] = [];
  for (let index = 0; index < window.days; index++) {
    const date = new Date(`${window.fromDay}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + index);
    days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

export async function adminMetrics(
  db: TDatabase,
  days: number,
  extra: { billing?: (window: TMetricsWindow) => Promise<TBillingMetrics>; now?: Date } = {},
) {
  const window = metricsWindow(days, extra.now);
  const q = metricQueries(db, window);
  const lastRolled = (await q.lastRolledUp())[0]?.day ?? null;
  // Days after the last rollup (or the whole window when there is none) are read live.
  const liveFrom = lastRolled && lastRolled >= window.fromDay ? nextDay(lastRolled) : window.fromDay;
  const [rolled, live, liveCohorts, active, billing] = await Promise.all([
    lastRolled ? q.rolledUp(lastRolled) : Promise.resolve([] as TAggregateRow[]),
    q.live(liveFrom),
    q.liveCohorts(liveFrom),
    q.activeUsers(),
    extra.billing ? extra.billing(window) : Promise.resolve(EMPTY_BILLING),
  ]);
  const rows = [...rolled, ...live, ...liveCohorts];
  const inWindow = (row: TAggregateRow) => row.day >= window.fromDay && row.day <= window.today;
  const total = (metric: string, key?: string) =>
    rows.filter((row) => row.metric === metric && inWindow(row) && (key === undefined || row.key === key)).reduce((sum, row) => sum + Number(row.value), 0);
  const byKey = (metric: string) => {
    const map = new Map<string, number>();
    for (const row of rows) if (row.metric === metric && inWindow(row)) map.set(row.key, (map.get(row.key) ?? 0) + Number(row.value));
    return map;
  };
  const perDay = (metric: string) => {
    const map = new Map<string, number>();
    for (const row of rows) if (row.metric === metric) map.set(row.day, (map.get(row.day) ?? 0) + Number(row.value));
    return map;
  };

  const started = total("interviews_started");
  const completed = total("interviews_completed");
  const activeRow = active[0] ?? { dau: 0, wau: 0, mau: 0, period: 0 };
  const scoreSums = byKey("score_sum");
  const scoreCounts = byKey("score_count");
  const aiKeys = [...byKey("ai_calls").keys()];
  const aiByModel = aiKeys.map((key) => {
    const [provider = "", model = ""] = key.split("|");
    return {
      provider,
      model,
      inputTokens: byKey("ai_input_tokens").get(key) ?? 0,
      outputTokens: byKey("ai_output_tokens").get(key) ?? 0,
      costUsd: Math.round((byKey("ai_cost_usd").get(key) ?? 0) * 10000) / 10000,
      calls: byKey("ai_calls").get(key) ?? 0,
      failedCalls: byKey("ai_failed_calls").get(key) ?? 0,
    };
  });
  // Week-1 retention of the cohorts in the window whose first week is over.
  const cohortSize = total("cohort_size");
  const series = dayList(window);
  const newUsersByDay = perDay("new_users");
  const activeByDay = perDay("active_users");
  const startedByDay = perDay("interviews_started");
  const completedByDay = perDay("interviews_completed");
  const scoredByDay = perDay("answers_scored");
  const flaggedByDay = perDay("answers_flagged");

  return {
    period: { from: `${window.fromDay}T00:00:00.000Z`, to: (extra.now ?? new Date()).toISOString(), days },
    metrics: {
      newUsers: total("new_users"),
      activeUsers: activeRow.period,
      interviewsStarted: started,
      interviewsCompleted: completed,
      answersScored: total("answers_scored"),
      flaggedAnswers: total("answers_flagged"),
      aiTokens: total("ai_input_tokens") + total("ai_output_tokens"),
      aiCostUsd: Math.round(total("ai_cost_usd") * 10000) / 10000,
      revenueCents: billing.revenueCents,
      mrrCents: billing.mrrCents,
      activeSubscriptions: billing.activeSubscriptions,
      conversionRate: billing.conversionRate,
    },
    details: {
      dau: activeRow.dau,
      wau: activeRow.wau,
      mau: activeRow.mau,
      completionRate: started > 0 ? Math.round((completed / started) * 1000) / 1000 : 0,
      averageInterviewSeconds: completed > 0 ? Math.round(total("interview_seconds") / completed) : 0,
      completedInterviewsPerUser: activeRow.period > 0 ? Math.round((completed / activeRow.period) * 100) / 100 : 0,
      weekOneRetention: cohortSize > 0 ? Math.round((total("cohort_retained_w1") / cohortSize) * 1000) / 1000 : null,
      averageScoreByTrack: [...scoreCounts.entries()]
        .filter(([, count]) => count > 0)
        .map(([track, count]) => ({ track, average: Math.round((scoreSums.get(track) ?? 0) / count), answers: count }))
        .sort((a, b) => a.track.localeCompare(b.track)),
      aiByModel: aiByModel.sort((a, b) => b.costUsd - a.costUsd),
      subscriptionsByPlan: billing.subscriptionsByPlan,
    },
    series: series.map((day) => ({
      day,
      newUsers: newUsersByDay.get(day) ?? 0,
      activeUsers: activeByDay.get(day) ?? 0,
      interviewsStarted: startedByDay.get(day) ?? 0,
      interviewsCompleted: completedByDay.get(day) ?? 0,
      answersScored: scoredByDay.get(day) ?? 0,
      flaggedAnswers: flaggedByDay.get(day) ?? 0,
      revenueCents: billing.revenueByDay[day] ?? 0,
    })),
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export type TAdminMetrics = Awaited<ReturnType<typeof adminMetrics>>;
