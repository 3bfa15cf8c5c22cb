/**
 * Stores the daily aggregates (metric-aggregates.ts) in metrics_daily for finished UTC days. Each run
 * recomputes from the day before the last rolled-up one (late arrivals) to yesterday, in one
 * transaction; the first run backfills everything. A signup day's week-1 retention is final 8 days
 * later, so cohorts are stored only once their week has passed.
 */
import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { cohortRetentionSql, dailyAggregatesSql } from "./metric-aggregates";

const startOf = (day: string) => sql`${day}::date::timestamp at time zone 'UTC'`;

export async function refreshMetricRollups(db: TDatabase): Promise<{ from: string | null; to: string }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('metric-rollups'))`);
    const [bounds] = await tx.execute<{ start: string | null; yesterday: string; cohort_end: string }>(sql`
      select coalesce((select max(day) - 1 from metrics_daily where metric = 'rolled_up'),
                      (select min((created_at at time zone 'UTC')::date) from users))::text as start,
             ((now() at time zone 'UTC')::date - 1)::text as yesterday,
             ((now() at time zone 'UTC')::date - 8)::text as cohort_end`);
    const start = bounds?.start ?? null;
    const end = bounds!.yesterday;
    if (!start || start > end) return { from: null, to: end };
    const next = sql`(${end}::date + 1)::timestamp at time zone 'UTC'`;
    await tx.execute(sql`delete from metrics_daily where day between ${start}::date and ${end}::date
      and metric not in ('cohort_size', 'cohort_retained_w1')`);
    await tx.execute(sql`insert into metrics_daily (day, metric, key, value) ${dailyAggregatesSql(startOf(start), next)}`);
    // Cohorts: from 8 days before the window (their week may have ended inside it) up to the last finished week.
    const cohortFrom = sql`${startOf(start)} - interval '8 days'`;
    const cohortTo = sql`(${bounds!.cohort_end}::date + 1)::timestamp at time zone 'UTC'`;
    await tx.execute(sql`delete from metrics_daily where metric in ('cohort_size', 'cohort_retained_w1')
      and day >= (${start}::date - 8) and day <= ${bounds!.cohort_end}::date`);
    await tx.execute(sql`insert into metrics_daily (day, metric, key, value) ${cohortRetentionSql(cohortFrom, cohortTo)}`);
    await tx.execute(sql`insert into metrics_daily (day, metric, key, value) values (${end}::date, 'rolled_up', '', 1)
      on conflict (day, metric, key) do update set value = 1`);
    return { from: start, to: end };
  });
}
