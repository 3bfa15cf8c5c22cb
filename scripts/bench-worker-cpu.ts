/**
 * `npm run bench:worker-cpu`: the CPU of the practice loop's database-heavy steps without the web
 * server in the way (no build needed, so two copies of the tree can be compared side by side): start,
 * submit, the job worker scoring the submitted answers, and complete, each through tRPC's
 * createCaller in this process against its own embedded PostgreSQL. For each step it prints this
 * process's CPU and PostgreSQL's CPU per request (per scored answer for the worker) and, with
 * --statements, the statements PostgreSQL ran per request (its log_statement: the logging costs CPU,
 * so read the CPU of such a run with care). The worker's idle polling is measured on its own.
 *
 * The last step is the whole chain from a submit to its score being read, with the worker running:
 * each candidate submits (with an Idempotency-Key, as REST clients and bench:load send it) and
 * long-polls the answer (`?wait=30`) until it is scored, one question after another; its CPU per
 * answer is web + worker + PostgreSQL for one answer.
 *
 *   npm run bench:worker-cpu [-- --candidates=60 --questions=3 --in-flight=8 --statements --cpu-prof --pg-stats]
 *
 * --cpu-prof writes V8 profiles of the scoring phase and of the chain to .test-data/bench-worker-profiles
 * and prints where their time went. --pg-stats loads pg_stat_statements and prints the chain's
 * statements by PostgreSQL time per answer.
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
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { benchPassword, createBenchUsers } from "./lib/bench-users";
import { processTreeCpuSeconds } from "./lib/bench-cpu";
import { summarizeProfiles } from "./lib/bench/cpu-profile-summary";
import { enablePgStatStatements, printPgStatStatements, resetPgStatStatements } from "./lib/bench/pg-stat-statements";

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
const PG_STATS = process.argv.includes("--pg-stats");
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
  const startPg = () => startEmbeddedPostgres({ dataDir, ...(COUNT_STATEMENTS ? { log: countStatements } : {}) });
  let pg = await startPg();
  const steps: TStep[] = [];
  try {
    await runMigrations(pg.url);
    const seed = createDb(pg.url, { max: 2 });
    await runSeed(seed.db);
    if (COUNT_STATEMENTS) await seed.sql.unsafe("alter system set log_statement = 'all'").then(() => seed.sql.unsafe("select pg_reload_conf()"));
    if (PG_STATS) await enablePgStatStatements(seed.sql);
    await seed.sql.end({ timeout: 5 });
    // shared_preload_libraries takes a restart.
    if (PG_STATS) await pg.stop().then(async () => void (pg = await startPg()));
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
      fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
      fs.mkdirSync(PROFILE_DIR, { recursive: true });
    }
    const saveProfile = async (name: string) => {
      if (!CPU_PROF) return;
      const { profile } = await session.post("Profiler.stop");
      fs.writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    };
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
      await saveProfile("scoring");
      // Idle: the worker polling an empty queue, per second.
      await measure("worker idle (per second, 5 s)", 5, () => new Promise((resolve) => setTimeout(resolve, 5000)));
      await measure("complete", interviews.length, () =>
        eachLimited(interviews, async (interview) => {
          await interview.caller.interviews.complete({ id: interview.id });
        }),
      );
      await submitToScore(users, db, measure, saveProfile, session);
    } finally {
      await worker.stop();
    }

    console.log(`\n${CANDIDATES} candidates, ${QUESTIONS} questions each, ${IN_FLIGHT} in flight, ${os.cpus().length} cores, load average ${os.loadavg().map((v) => v.toFixed(2)).join(", ")}:\n`);
    console.log(`| step | requests | this process CPU ms / request | PostgreSQL CPU ms / request |${COUNT_STATEMENTS ? " statements / request |" : ""} seconds |`);
    console.log(`|---|---:|---:|---:|${COUNT_STATEMENTS ? "---:|" : ""}---:|`);
    // The worker polls its other queues all the time: a slower run of the chain counts more of that per answer.
    const idle = steps.find((step) => step.step.startsWith("worker idle"));
    const chain = steps.find((step) => step.step.startsWith("submit → score"));
    if (idle && chain) {
      const net = (perSecond: number, total: number) => total - (perSecond * chain.seconds) / chain.requests;
      steps.push({ ...chain, step: "submit → score read, net of the idle worker's polling", appCpuMs: net(idle.appCpuMs, chain.appCpuMs), postgresCpuMs: net(idle.postgresCpuMs, chain.postgresCpuMs) });
    }
    for (const step of steps) {
      console.log(`| ${step.step} | ${step.requests} | ${step.appCpuMs.toFixed(2)} | ${step.postgresCpuMs.toFixed(2)} |${step.statements === undefined ? "" : ` ${step.statements.toFixed(1)} |`} ${step.seconds.toFixed(1)} |`);
    }
    if (CPU_PROF) summarizeProfiles(PROFILE_DIR);
    if (PG_STATS) {
      const stats = createDb(pg.url, { max: 1 });
      await printPgStatStatements(stats.sql, CANDIDATES * QUESTIONS);
      await stats.sql.end({ timeout: 5 });
    }
  } finally {
    // The queue and the app's pool close before their database stops.
    for (const close of [stopQueue, closeDb, () => pg.stop()]) await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type TMeasure = (step: string, requests: number, work: () => Promise<void>) => Promise<void>;

/**
 * Submit → score read with the worker running, per answer: each candidate's questions one after
 * another (submit with an Idempotency-Key, then the long poll until it is scored), IN_FLIGHT
 * candidates at a time. pg_stat_statements (--pg-stats) is reset just before, so it covers this step.
 */
async function submitToScore(
  users: { id: string; email: string; ip: string }[],
  db: ReturnType<typeof getDb>,
  measure: TMeasure,
  saveProfile: (name: string) => Promise<void>,
  session: Session,
): Promise<void> {
  const asUser = (user: (typeof users)[number], key?: string) =>
    createCaller(
      createContextInner({
        requestId: randomUUID(),
        db,
        user: asSessionUser({ ...user, name: "Bench", role: "user" }),
        ip: user.ip,
        transport: "rest",
        ...(key ? { headers: new Headers({ "Idempotency-Key": key }) } : {}),
      }),
    );
  const started: { user: (typeof users)[number]; interview: Awaited<ReturnType<ReturnType<typeof asUser>["interviews"]["create"]>>["interview"] }[] = [];
  // IN_FLIGHT at a time: a thousand starts at once would wait past the pool's acquire deadline.
  await eachLimited(users, async (user) => {
    started.push({ user, interview: (await asUser(user).interviews.create({ track: "software_engineering", level: "mid", questionCount: QUESTIONS })).interview });
  });
  if (PG_STATS) await resetPgStatStatements(db.$client);
  if (CPU_PROF) await session.post("Profiler.start");
  await measure("submit → score read (worker running, per answer)", users.length * QUESTIONS, () =>
    eachLimited(started, async ({ user, interview }) => {
      for (const question of interview.questions) {
        const { answer } = await asUser(user, randomUUID()).interviews.submitAnswer({
          id: interview.id,
          questionId: question.questionId,
          kind: "answer",
          answer: `${ANSWER} (${randomUUID().slice(0, 8)})`,
        });
        const read = await asUser(user).interviews.getAnswer({ id: answer.id, wait: 30 });
        if (read.answer.status === "pending") throw new Error(`answer ${answer.id} still pending after its long poll`);
      }
    }),
  );
  await saveProfile("submit-to-score");
  if (CPU_PROF) session.disconnect();
}

await main();
