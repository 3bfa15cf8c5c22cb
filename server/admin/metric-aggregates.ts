/**
 * The per-day aggregates behind the admin metrics, as SQL over a time window. The rollup job
 * stores them for finished days; the metrics query runs the same SQL live for the days not rolled
 * up yet (normally just today), so both always agree.
 */
import { sql, type SQL } from "drizzle-orm";

const utcDay = (column: string) => sql.raw(`((${column}) at time zone 'UTC')::date`);

/** Rows (day, metric, key, value) for events in [lower, upper). */
export function dailyAggregatesSql(lower: SQL, upper: SQL): SQL {
  return sql`
    select ${utcDay("created_at")} as day, 'new_users' as metric, '' as key, count(*)::float8 as value from users
    where created_at >= ${lower} and created_at < ${upper} group by 1
    union all
    select ${utcDay("started_at")}, 'interviews_started', '', count(*)::float8 from interviews
    where started_at >= ${lower} and started_at < ${upper} group by 1
    union all
    select ${utcDay("completed_at")}, 'interviews_completed', '', count(*)::float8 from interviews
    where completed_at >= ${lower} and completed_at < ${upper} group by 1
    union all
    select ${utcDay("completed_at")}, 'interview_seconds', '', sum(extract(epoch from completed_at - started_at))::float8 from interviews
    where completed_at >= ${lower} and completed_at < ${upper} group by 1
    union all
    select ${utcDay("created_at")}, 'answers_scored', '', (count(*) filter (where status in ('scored', 'flagged')))::float8 from answers
    where created_at >= ${lower} and created_at < ${upper} group by 1
    union all
    select ${utcDay("created_at")}, 'answers_flagged', '', (count(*) filter (where status in ('flagged', 'failed')))::float8 from answers
    where created_at >= ${lower} and created_at < ${upper} group by 1
    union all
    select ${utcDay("created_at")}, 'active_users', '', count(distinct user_id)::float8 from answers
    where created_at >= ${lower} and created_at < ${upper} group by 1
    union all
    select t.day, m.metric, t.track, m.value from (
      select ${utcDay("created_at")} as day, track::text as track, sum(total)::float8 as total, count(*)::float8 as n
      from scores where created_at >= ${lower} and created_at < ${upper} group by 1, 2) t
    cross join lateral (values ('score_sum', t.total), ('score_count', t.n)) m(metric, value)
    union all
    -- A 'pending' row is spend written ahead of a call (ai-usage-ledger.ts): its estimate counts in
    -- tokens and cost; it is a failed call only once it is too old to be still running (a killed call).
    select u.day, m.metric, u.k, m.value from (
      select ${utcDay("created_at")} as day, provider || '|' || model as k,
             sum(input_tokens)::float8 as input, sum(output_tokens)::float8 as output, sum(cost_usd)::float8 as cost,
             count(*)::float8 as calls,
             (count(*) filter (where outcome <> 'ok' and not (outcome = 'pending' and created_at > now() - interval '5 minutes')))::float8 as failed
      from ai_usage where created_at >= ${lower} and created_at < ${upper} group by 1, 2) u
    cross join lateral (values ('ai_input_tokens', u.input), ('ai_output_tokens', u.output), ('ai_cost_usd', u.cost),
                               ('ai_calls', u.calls), ('ai_failed_calls', u.failed)) m(metric, value)`;
}

/** Week-1 retention rows by signup day, for users who signed up in [lower, upper). */
export function cohortRetentionSql(lower: SQL, upper: SQL): SQL {
  return sql`
    select c.day, m.metric, '' as key, m.value from (
      select ${utcDay("u.created_at")} as day, count(*)::float8 as size,
             (count(*) filter (where exists (select 1 from answers a where a.user_id = u.id
                and a.created_at >= u.created_at + interval '1 day' and a.created_at < u.created_at + interval '8 days')))::float8 as retained
      from users u where u.created_at >= ${lower} and u.created_at < ${upper} group by 1) c
    cross join lateral (values ('cohort_size', c.size), ('cohort_retained_w1', c.retained)) m(metric, value)`;
}
