/**
 * `npx tsx scripts/bench-statement-cpu.ts [rounds]`: the CPU of single statements of the submit →
 * score path, old form against new, alternating in one run (docs/performance.md, eighth session).
 * The whole-loop benches cannot see a 0.1–1 ms change per answer on a machine this busy; here one
 * PostgreSQL backend runs one statement a few thousand times and its own CPU is read from /proc, and
 * the app's CPU of building a statement is read with process.cpuUsage.
 *
 * - the job fetch and complete on pgboss.job (5,000 completed jobs in the score-answer partition, as
 *   after a busy hour): the queue's name bound as $1 (pg-boss) against written into the text;
 * - storing a score: Drizzle building the insert, update and CTE per answer against the prepared
 *   statement's fill (no database; building only).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { withPreparedStatements } from "@/db/prepared-statements";
import { startQueue, stopQueue } from "@/server/jobs/queue";
import { inlineFirstParameter, sqlStringLiteral } from "@/server/jobs/queue-name-literal";
import { printBuildCost } from "./lib/bench/score-build-cost";

const ROUNDS = Number(process.argv[2] ?? 3);
const RUNS = 2000;
const QUEUE = "score-answer";
const TICKS_PER_SECOND = 100;

function backendCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-statements-"));
  const pg = await startEmbeddedPostgres({ dataDir });
  try {
    await runMigrations(pg.url);
    Object.assign(process.env, { DATABASE_URL: pg.url, LOG_LEVEL: "warn" });
    const boss = await startQueue();
    await boss.insert(Array.from({ length: 5000 }, () => ({ name: QUEUE, data: { answerId: randomUUID() } })));
    const sql = withPreparedStatements(postgres(pg.url, { max: 1, onnotice: () => {} }));
    await sql.unsafe(`update pgboss.job set state = 'completed', started_on = now(), completed_on = now() where name = '${QUEUE}'`);
    await sql.unsafe("analyze pgboss.job");
    const { pid } = (await sql<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!;
    const fetchText = await pgBossText(boss, "fetch");
    const completeText = await pgBossText(boss, "complete");
    const forms = {
      "fetch, name as $1 (pg-boss)": { text: fetchText, values: [QUEUE, 16] },
      "fetch, name in the text": { text: inlineFirstParameter(fetchText, sqlStringLiteral(QUEUE)), values: [16] },
      "complete, name as $1 (pg-boss)": { text: completeText, values: [QUEUE, [randomUUID()], null] },
      "complete, name in the text": { text: inlineFirstParameter(completeText, sqlStringLiteral(QUEUE)), values: [[randomUUID()], null] },
    };
    const totals = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [label, form] of Object.entries(forms)) {
        for (let i = 0; i < 10; i += 1) await sql.unsafe(form.text, form.values as never[]);
        const before = backendCpuMs(pid);
        for (let i = 0; i < RUNS; i += 1) await sql.unsafe(form.text, form.values as never[]);
        totals.set(label, [...(totals.get(label) ?? []), ((backendCpuMs(pid) - before) * 1000) / RUNS]);
      }
    }
    console.log(`\nPostgreSQL backend CPU per statement (µs; ${RUNS} runs per round, ${ROUNDS} rounds alternating, load average ${os.loadavg()[0]!.toFixed(1)}):`);
    for (const [label, values] of totals) console.log(`  ${label}: ${values.map((value) => value.toFixed(0)).join(", ")}`);
    await sql.end({ timeout: 5 });
    printBuildCost(ROUNDS);
  } finally {
    await stopQueue();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** pg-boss's own statement text, as its fetch and complete send it (captured from its db option). */
async function pgBossText(boss: Awaited<ReturnType<typeof startQueue>>, which: "fetch" | "complete"): Promise<string> {
  let captured = "";
  const db = { executeSql: async (text: string) => ((captured = text), { rows: which === "fetch" ? [] : [{ count: "0" }] }) };
  if (which === "fetch") await boss.fetch(QUEUE, { batchSize: 16, includeMetadata: true, db });
  else await (boss.complete.bind(boss) as unknown as (n: string, ids: string[], d: null, o: object) => Promise<unknown>)(QUEUE, [randomUUID()], null, { db });
  return captured;
}

await main();
