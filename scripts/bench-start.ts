/**
 * `npm run bench:start`-style harness (tsx scripts/bench-start.ts): the CPU of starting an interview
 * and completing one (one answer, scored as the worker would, not measured) through tRPC's createCaller, with an Idempotency-Key as REST clients send it,
 * in this process against its own embedded PostgreSQL. Prints this process's and PostgreSQL's CPU per
 * request. --cpu-prof writes a V8 profile of the start rounds.
 *
 *   npx tsx scripts/bench-start.ts [--candidates=100 --rounds=4 --history=6 --cpu-prof]
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { startEmbeddedPostgres } from "@/db/embedded";
import { createDb } from "@/db";
import { closeDb, getDb } from "@/server/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { stopQueue } from "@/server/jobs/queue";
import { scoreStoredAnswer } from "@/server/scoring/service/score-stored-answer";
import { benchPassword, createBenchUsers } from "./lib/bench-users";
import { processTreeCpuSeconds } from "./lib/bench-cpu";
import { summarizeProfiles } from "./lib/bench/cpu-profile-summary";

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 5000) throw new Error(`--${name} must be a whole number from 0 to 5000`);
  return value;
}

const CANDIDATES = option("candidates", 100);
const ROUNDS = option("rounds", 4);
const HISTORY = option("history", 6);
const IN_FLIGHT = 8;
const ANSWER = "I would clarify the goal and the constraints, compare two designs by cost and latency, ship the simpler one behind a flag and measure p95 latency.";
const CPU_PROF = process.argv.includes("--cpu-prof");
const PG_LOG = process.argv.includes("--pg-log");
// --pg-log: PostgreSQL's own duration per statement (log_min_duration_statement=0), summed by statement.
const durations = new Map<string, { ms: number; n: number }>();
let logging = false;
function onPostgresLog(_level: string, line: string): void {
  const match = /duration: ([\d.]+) ms\s+(parse|bind|execute)[^:]*:\s*(.*)/.exec(line);
  if (!match || !logging) return;
  const key = `${match[2]} ${match[3]!.replace(/\s+/g, " ").slice(0, 90)}`;
  const entry = durations.get(key) ?? { ms: 0, n: 0 };
  entry.ms += Number(match[1]);
  entry.n += 1;
  durations.set(key, entry);
}
const PROFILE_DIR = path.resolve(".test-data", "bench-start-profiles");

async function eachLimited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-start-"));
  const pg = await startEmbeddedPostgres({ dataDir, ...(PG_LOG ? { log: onPostgresLog } : {}) });
  try {
    await runMigrations(pg.url);
    const seed = createDb(pg.url, { max: 2 });
    await runSeed(seed.db);
    if (PG_LOG) await seed.sql.unsafe("alter system set log_min_duration_statement = 0").then(() => seed.sql.unsafe("select pg_reload_conf()"));
    await seed.sql.end({ timeout: 5 });
    Object.assign(process.env, { DATABASE_URL: pg.url, LOG_LEVEL: "warn", OPENAI_API_KEY: "" });
    const db = getDb();
    const users = await createBenchUsers(db, { runId: String(process.pid), label: "start", count: CANDIDATES, firstIndex: 0, password: benchPassword() });
    const callerOf = (user: (typeof users)[number]) =>
      createCaller(
        createContextInner({
          requestId: randomUUID(),
          db,
          user: { id: user.id, email: user.email, name: "Bench", role: "user" },
          ip: user.ip,
          headers: new Headers({ "Idempotency-Key": randomUUID() }),
        }),
      );
    const start = (user: (typeof users)[number]) => callerOf(user).interviews.create({ track: "software_engineering", level: "mid", questionCount: 3 });
    // History: each candidate has some interviews already (question selection reads it).
    for (let i = 0; i < HISTORY; i += 1) await eachLimited(users, async (user) => void (await start(user)));

    const session = new Session();
    if (CPU_PROF) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    logging = true;
    const cpu = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    const pgCpu = () => processTreeCpuSeconds(pg.pid!, { only: "postgres" }) * 1000;
    for (let round = 0; round < ROUNDS; round += 1) {
      const [app, postgres] = [cpu(), pgCpu()];
      const ids: Array<{ user: (typeof users)[number]; id: string }> = [];
      await eachLimited(users, async (user) => void ids.push({ user, id: (await start(user)).interview.id }));
      const [appStart, postgresStart] = [cpu() - app, pgCpu() - postgres];
      // Not measured: one answer per interview, scored as the worker would, so the interview can complete.
      const answered: string[] = [];
      await eachLimited(ids, async ({ user, id }) => {
        const caller = callerOf(user);
        const { interview } = await caller.interviews.get({ id });
        const { answer } = await caller.interviews.submitAnswer({ id, questionId: interview.questions[0]!.questionId, kind: "answer", answer: `${ANSWER} (${randomUUID().slice(0, 8)})` });
        answered.push(answer.id);
      });
      await eachLimited(answered, async (answerId) => void (await scoreStoredAnswer(db, answerId)));
      const [app2, postgres2] = [cpu(), pgCpu()];
      await eachLimited(ids, async ({ user, id }) => void (await callerOf(user).interviews.complete({ id })));
      const [appComplete, postgresComplete] = [cpu() - app2, pgCpu() - postgres2];
      const per = (value: number) => (value / users.length).toFixed(2);
      console.log(`round ${round + 1}: start app ${per(appStart)} ms, PostgreSQL ${per(postgresStart)} ms; complete app ${per(appComplete)} ms, PostgreSQL ${per(postgresComplete)} ms per request`);
    }
    if (CPU_PROF) {
      const { profile } = await session.post("Profiler.stop");
      fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
      fs.mkdirSync(PROFILE_DIR, { recursive: true });
      fs.writeFileSync(path.join(PROFILE_DIR, "start.cpuprofile"), JSON.stringify(profile));
      session.disconnect();
      summarizeProfiles(PROFILE_DIR, 40);
    }
    if (PG_LOG) {
      const total = [...durations.values()].reduce((sum, entry) => sum + entry.ms, 0);
      console.log(`PostgreSQL statement time per start (all rounds): ${(total / (ROUNDS * users.length)).toFixed(3)} ms`);
      for (const [key, entry] of [...durations].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
        console.log(`${(entry.ms / (ROUNDS * users.length)).toFixed(3)} ms/start  ${(entry.ms / entry.n).toFixed(3)} ms each  ×${entry.n}  ${key}`);
      }
    }
    console.log(`load average ${os.loadavg().map((v) => v.toFixed(2)).join(", ")}`);
  } finally {
    for (const close of [stopQueue, closeDb, () => pg.stop()]) await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
