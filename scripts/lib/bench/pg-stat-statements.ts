/**
 * pg_stat_statements for the CPU benches (`bench:worker-cpu --pg-stats`): which statements
 * PostgreSQL spent its time on during one step, with their calls, so a step's PostgreSQL CPU can be
 * split by statement (execution and planning only: parse, bind, the protocol and commits are not in
 * it). The embedded server must load the library at start: enable() sets it, the caller restarts.
 */
import type postgres from "postgres";

/** Settings that take effect after a restart (shared_preload_libraries). */
export async function enablePgStatStatements(sql: postgres.Sql): Promise<void> {
  await sql.unsafe("alter system set shared_preload_libraries = 'pg_stat_statements'");
  await sql.unsafe("alter system set pg_stat_statements.track = 'all'");
  await sql.unsafe("alter system set pg_stat_statements.track_planning = on");
}

export async function resetPgStatStatements(sql: postgres.Sql): Promise<void> {
  await sql.unsafe("create extension if not exists pg_stat_statements");
  await sql.unsafe("select pg_stat_statements_reset()");
}

interface TStatementRow {
  calls: string;
  plans: string;
  exec_ms: number;
  plan_ms: number;
  rows: string;
  query: string;
}

/** Prints the statements by time (execution + planning), per unit of work (`per`: answers, requests). */
export async function printPgStatStatements(sql: postgres.Sql, per: number, top = 20): Promise<void> {
  const rows = await sql.unsafe<TStatementRow[]>(
    `select calls::text, plans::text, total_exec_time as exec_ms, total_plan_time as plan_ms, rows::text, query
     from pg_stat_statements where query not ilike '%pg_stat_statements%'
     order by total_exec_time + total_plan_time desc limit ${Number(top)}`,
  );
  const total = rows.reduce((sum, row) => sum + row.exec_ms + row.plan_ms, 0);
  console.log(`\npg_stat_statements (top ${top}; per unit = ${per}): calls/unit | plans/call | exec µs/unit | plan µs/unit | query`);
  for (const row of rows) {
    const text = row.query.replace(/\s+/g, " ").slice(0, 150);
    console.log(`${(Number(row.calls) / per).toFixed(2)} | ${(Number(row.plans) / Math.max(1, Number(row.calls))).toFixed(2)} | ${((row.exec_ms * 1000) / per).toFixed(0)} | ${((row.plan_ms * 1000) / per).toFixed(0)} | ${text}`);
  }
  console.log(`sum of these: ${((total * 1000) / per).toFixed(0)} µs per unit`);
}
