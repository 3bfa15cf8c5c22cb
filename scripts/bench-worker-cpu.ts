/**
 * `npm run bench:worker-cpu`: the CPU of the practice loop's database-heavy steps without the web
 * server in the way (no build needed, so two copies of the tree can be compared side by side): start,
 * submit, the job worker scoring the submitted answers, and complete, each through tRPC's
 * createCaller in this process against its own embedded PostgreSQL. For each step it prints this
 * process's CPU and PostgreSQL's CPU per request (per scored answer for the worker) and, with
 * --statements, the statements PostgreSQL ran per request (its log_statement: the logging costs CPU,
 * so read the CPU of such a run with care). The worker's idle polling is measured on its own.
 *
 *   npm run bench:worker-cpu [-- --candidates=60 --questions=3 --in-flight=8 --statements --cpu-prof]
 *
 * --cpu-prof writes a V8 profile of the scoring phase to .test-data/bench-worker-profiles and
 * prints where its time went.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { and, count, eq, inArray } from "drizzle-orm";
import { startEmbeddedPostgres } from "@/db/embedded";
import { createDb } from "@/db";
import { closeDb, getDb } from "@/server/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { answers } from "@/db/schema";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";
import { stopQueue } from "@/server/jobs/queue";
import { callerFor, asSessionUser } from "@/test/helpers/caller";
import { benchPassword, createBenchUsers } from "./lib/bench-users";
import { processTreeCpuSeconds } from "./lib/bench-cpu";
import { summarizeProfiles } from "./lib/bench/cpu-profile-summary";

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 5000) throw new Error(`--${name} must be a whole number from 1 to 5000`);
  return value;
}

const CANDIDATES = option("candidates", 60);
const QUESTIONS = option("questions", 3);
const IN_FLIGHT = option("in-flight", 8);
const COUNT_STATEMENTS = process.argv.includes("--statements");
const CPU_PROF = process.argv.includes("--cpu-prof");
const PROFILE_DIR = path.resolve(".test-data", "bench-worker-profiles");
const ANSWER =
  "I would start by clarifying the goal and the constraints, compare two designs by cost, latency and maintenance, " +
  "ship the simpler one behind a flag, measure p95 latency and conversion, and share what I learned with the team.";

interface TStep {
  step: string;
  requests: number;
  appCpuMs: number;
  postgresCpuMs: number;
  statements?: number;
  seconds: number;
}

async function eachLimited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-bench-worker-"));
  let statements = 0;
  const countStatements = (_level: string, line: string) => {
    if (/LOG:\s+(statement|execute [^:]*):/.test(line)) statements += 1;
  };
  const pg = await startEmbeddedPostgres({ dataDir, ...(COUNT_STATEMENTS ? { log: countStatements } : {}) });
  const steps: TStep[] = [];
  try {
    await runMigrations(pg.url);
    const seed = createDb(pg.url, { max: 2 });
    await runSeed(seed.db);
    if (COUNT_STATEMENTS) await seed.sql.unsafe("alter system set log_statement = 'all'").then(() => seed.sql.unsafe("select pg_reload_conf()"));
    await seed.sql.end({ timeout: 5 });
    // Only the database and quiet logs; the analyzer is the built-in one.
    Object.assign(process.env, { DATABASE_URL: pg.url, LOG_LEVEL: "warn", OPENAI_API_KEY: "" });
    const db = getDb();
    const users = await createBenchUsers(db, { runId: String(process.pid), label: "worker", count: CANDIDATES, firstIndex: 0, password: benchPassword() });
    const callers = users.map((user) => callerFor(db, { user: asSessionUser({ ...user, name: "Bench", role: "user" }), ip: user.ip }).caller);

    const appSeconds = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1e6;
    };
    const postgresSeconds = () => processTreeCpuSeconds(pg.pid!, { only: "postgres" });
    const measure = async (step: string, requests: number, work: () => Promise<void>): Promise<void> => {
      const app = appSeconds();
      const postgres = postgresSeconds();
      const statementsBefore = statements;
      const started = performance.now();
      await work();
      steps.push({
        step,
        requests,
        appCpuMs: ((appSeconds() - app) * 1000) / requests,
        postgresCpuMs: ((postgresSeconds() - postgres) * 1000) / requests,
        seconds: (performance.now() - started) / 1000,
        ...(COUNT_STATEMENTS ? { statements: (statements - statementsBefore) / requests } : {}),
      });
    };

    const interviews: { caller: (typeof callers)[number]; id: string; questionIds: string[] }[] = [];
    await measure("start", CANDIDATES, () =>
      eachLimited(callers, async (caller) => {
        const { interview } = await caller.interviews.create({ track: "software_engineering", level: "mid", questionCount: QUESTIONS });
        interviews.push({ caller, id: interview.id, questionIds: interview.questions.map((question) => question.questionId) });
      }),
    );
    const submits = interviews.flatMap((interview) => interview.questionIds.map((questionId) => ({ interview, questionId })));
    const answerIds: string[] = [];
    await measure("submit (no worker running)", submits.length, () =>
      eachLimited(submits, async ({ interview, questionId }) => {
        // Unique, as bench:load's candidates write them (no score-cache hits).
        const { answer } = await interview.caller.interviews.submitAnswer({ id: interview.id, questionId, kind: "answer", answer: `${ANSWER} (${randomUUID().slice(0, 8)})` });
        answerIds.push(answer.id);
      }),
    );

    const session = new Session();
    if (CPU_PROF) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    const worker = await startBackgroundWorker();
    try {
      // The wait reads the pending count every 250 ms: a few statements a second, next to hundreds of jobs.
      await measure("scoring (job worker, per answer)", answerIds.length, async () => {
        for (;;) {
          const [row] = await db.select({ pending: count() }).from(answers).where(and(inArray(answers.id, answerIds), eq(answers.status, "pending")));
          if (row!.pending === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      });
      if (CPU_PROF) {
        const { profile } = await session.post("Profiler.stop");
        fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
        fs.mkdirSync(PROFILE_DIR, { recursive: true });
        fs.writeFileSync(path.join(PROFILE_DIR, "scoring.cpuprofile"), JSON.stringify(profile));
        session.disconnect();
      }
      // Idle: the worker polling an empty queue, per second.
      await measure("worker idle (per second, 5 s)", 5, () => new Promise((resolve) => setTimeout(resolve, 5000)));
      await measure("complete", interviews.length, () =>
        eachLimited(interviews, async (interview) => {
          await interview.caller.interviews.complete({ id: interview.id });
        }),
      );
    } finally {
      await worker.stop();
    }

    console.log(`\n${CANDIDATES} candidates, ${QUESTIONS} questions each, ${IN_FLIGHT} in flight, ${os.cpus().length} cores, load average ${os.loadavg().map((v) => v.toFixed(2)).join(", ")}:\n`);
    console.log(`| step | requests | this process CPU ms / request | PostgreSQL CPU ms / request |${COUNT_STATEMENTS ? " statements / request |" : ""} seconds |`);
    console.log(`|---|---:|---:|---:|${COUNT_STATEMENTS ? "---:|" : ""}---:|`);
    for (const step of steps) {
      console.log(`| ${step.step} | ${step.requests} | ${step.appCpuMs.toFixed(2)} | ${step.postgresCpuMs.toFixed(2)} |${step.statements === undefined ? "" : ` ${step.statements.toFixed(1)} |`} ${step.seconds.toFixed(1)} |`);
    }
    if (CPU_PROF) summarizeProfiles(PROFILE_DIR);
  } finally {
    // The queue and the app's pool close before their database stops.
    for (const close of [stopQueue, closeDb, () => pg.stop()]) await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
