/**
 * `npm run bench:admin`: times every admin metrics query (7, 30 and 90 days) on the database in
 * DATABASE_URL or DATA_DIR — fill it first with `npm run db:generate-load`. Prints the median and
 * the slowest of 5 runs per query after one warm-up; the target is every query under 500 ms.
 */
import { sql } from "drizzle-orm";
import { createDb } from "@/db";
import { adminMetrics, metricQueries, metricsWindow } from "@/server/admin/metrics";
import { refreshMetricRollups } from "@/server/admin/metrics-rollup";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

const RUNS = 5;
const TARGET_MS = 500;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

runLauncher(async () => {
  const database = await prepareDatabase(loadEnvOrExit());
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url, { seed: false });
  const { db, sql: client } = createDb(database.url, { max: 12 });
  onShutdown(() => client.end({ timeout: 5 }));
  const [counts] = await db.execute<{ users: number; answers: number; scores: number }>(
    sql`select (select count(*) from users)::int as users, (select count(*) from answers)::int as answers, (select count(*) from scores)::int as scores`,
  );
  say(`Database: ${counts?.users} users, ${counts?.answers} answers, ${counts?.scores} scores`);
  const rollup = await time(() => refreshMetricRollups(db));
  say(`Rollups brought up to date in ${rollup.toFixed(0)} ms (the scheduled job does this every 10 minutes)`);
  const lines: string[] = [];
  let worst = 0;
  for (const days of [7, 30, 90]) {
    const queries = metricQueries(db, metricsWindow(days));
    const lastRolled = (await queries.lastRolledUp())[0]?.day ?? metricsWindow(days).today;
    const named: Record<string, () => Promise<unknown>> = {
      lastRolledUp: queries.lastRolledUp,
      rolledUp: () => queries.rolledUp(lastRolled),
      liveToday: () => queries.live(metricsWindow(days).today),
      liveCohorts: () => queries.liveCohorts(metricsWindow(days).today),
      activeUsers: queries.activeUsers,
    };
    for (const [name, run] of Object.entries(named)) {
      await run();
      const samples: number[] = [];
      for (let attempt = 0; attempt < RUNS; attempt++) samples.push(await time(run));
      samples.sort((a, b) => a - b);
      const median = samples[Math.floor(RUNS / 2)]!;
      const max = samples[RUNS - 1]!;
      worst = Math.max(worst, max);
      lines.push(`${String(days).padStart(3)} d  ${name.padEnd(22)} median ${median.toFixed(1).padStart(7)} ms   max ${max.toFixed(1).padStart(7)} ms`);
    }
    const whole: number[] = [];
    for (let run = 0; run < RUNS; run++) whole.push(await time(() => adminMetrics(db, days)));
    whole.sort((a, b) => a - b);
    lines.push(`${String(days).padStart(3)} d  ${"all (in parallel)".padEnd(22)} median ${whole[Math.floor(RUNS / 2)]!.toFixed(1).padStart(7)} ms`);
  }
  console.log(lines.join("\n"));
  console.log(`Slowest single query: ${worst.toFixed(1)} ms (target < ${TARGET_MS} ms): ${worst < TARGET_MS ? "OK" : "TOO SLOW"}`);
  return "exit";
});
