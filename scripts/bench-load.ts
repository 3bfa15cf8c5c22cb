/**
 * `npm run bench:load [-- --users 100,300,1000 --duration 90 --think 5]`: the production app under
 * many candidates at once. Starts the real launcher on a fresh embedded database (own DATA_DIR under
 * .test-data/, own port, behind a trusted proxy so each candidate has its own client address),
 * measures the bare baseline on GET /api/v1/questions, then drives the practice loop over HTTP at
 * each concurrency, each phase bounded in time. In the big phase it SIGKILLs and restarts the job
 * worker and restarts the database, then checks from the database that every acknowledged answer
 * was scored exactly once and no quota was exceeded. Prints the results and writes them into
 * docs/performance.md (--no-docs to skip). Exit code 1 when a verdict fails.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { createDb } from "@/db";
import { ZEnvSchema } from "@/server/env";
import { CpuMeter, cpuText } from "./lib/bench-cpu";
import { embeddedCluster, freePort, readPostmaster, restartDatabase, setChildNodeFlags, startApp, stopChild, stopLeftoverPostmaster, type AppProcess } from "./lib/bench-app";
import { summarizeProfiles } from "./lib/bench/cpu-profile-summary";
import { runCandidate } from "./lib/bench-candidate";
import { measureBaseline } from "./lib/bench-baseline";
import { BenchClient, sleep } from "./lib/bench-http";
import { PhaseRecorder } from "./lib/bench-recorder";
import { baselineText, markdownBlock, phaseText, writeResults, type FaultEvent, type PhaseResult } from "./lib/bench-report";
import { benchPassword, createBenchUsers, type BenchUser } from "./lib/bench-users";
import { verify, waitForDrain } from "./lib/bench-verify";
import { WorkerKeeper } from "./lib/bench-worker";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "100,300,1000" },
    duration: { type: "string", default: "90" },
    think: { type: "string", default: "5" },
    questions: { type: "string", default: "3" },
    "faults-phase": { type: "string", default: "1000" },
    "baseline-seconds": { type: "string", default: "5" },
    "baseline-rounds": { type: "string", default: "3" },
    connections: { type: "string", default: "32" },
    ramp: { type: "string" },
    "web-concurrency": { type: "string" },
    note: { type: "string", default: "" },
    "no-docs": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
  },
});

function positiveInt(name: string, value: string | undefined, max: number): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) {
    console.error(`--${name}: expected a whole number from 1 to ${max}, got "${value}"`);
    process.exit(2);
  }
  return parsed;
}

const PHASES = (args.users ?? "").split(",").map((users) => positiveInt("users", users.trim(), 5000));
/** Seconds per phase: one value for all, or one per phase (`--duration 90,90,45`). */
const DURATIONS = (args.duration ?? "").split(",").map((seconds) => positiveInt("duration", seconds.trim(), 600));
if (DURATIONS.length !== 1 && DURATIONS.length !== PHASES.length) {
  console.error(`--duration: give one value or one per phase (${PHASES.length})`);
  process.exit(2);
}
const durationOf = (phase: number): number => DURATIONS[DURATIONS.length === 1 ? 0 : phase]!;
const THINK_MS = positiveInt("think", args.think, 60) * 1000;
const QUESTIONS = positiveInt("questions", args.questions, 10);
const FAULTS_PHASE = Number(args["faults-phase"]);
const CONNECTIONS = positiveInt("connections", args.connections, 1024);
/** Web processes: the launcher's default (one per core) once it knows WEB_CONCURRENCY, else its single process. */
const WEB_CONCURRENCY_SUPPORTED = "WEB_CONCURRENCY" in ZEnvSchema.shape;
const WEB_PROCESSES = WEB_CONCURRENCY_SUPPORTED ? positiveInt("web-concurrency", args["web-concurrency"] ?? String(os.cpus().length), 64) : 1;
/** Candidates arrive over the first part of a phase, as people do, not in one instant. */
const RAMP_S = args.ramp === undefined ? undefined : positiveInt("ramp", args.ramp, 600);
const rampMs = (durationS: number): number => (RAMP_S ?? Math.min(30, Math.floor(durationS / 3))) * 1000;
/** After a phase's deadline, waits for a score end here; then the queue gets DRAIN_MS to empty. */
const TAIL_MS = 35_000;
const DRAIN_MS = 90_000;

const say = (line: string) => console.log(line);

async function supportsLongPoll(client: BenchClient): Promise<boolean> {
  const response = await client.request({ path: "/api/openapi.json" });
  try {
    const doc = JSON.parse(response.body) as { paths?: Record<string, { get?: { parameters?: Array<{ name?: string }> } }> };
    return (doc.paths?.["/answers/{id}"]?.get?.parameters ?? []).some((parameter) => parameter.name === "wait");
  } catch {
    return false;
  }
}

interface RunState {
  app: AppProcess;
  client: BenchClient;
  sql: postgres.Sql;
  clusterDir: string;
  databaseUrl: string;
  worker: WorkerKeeper;
  password: string;
  longPoll: boolean;
}

async function injectFaults(state: RunState, phaseStart: number, durationS: number, faults: FaultEvent[]): Promise<void> {
  const at = () => (performance.now() - phaseStart) / 1000;
  await sleep(durationS * 1000 * 0.35);
  const killedAt = performance.now();
  const killedAtS = at();
  const how = await state.worker.killAndRestart();
  faults.push({ kind: "worker-kill", what: "job worker SIGKILLed", atSeconds: killedAtS, detail: `${how} after ${((performance.now() - killedAt) / 1000).toFixed(1)} s`, from: killedAt, to: performance.now() + 5000 });
  await sleep(Math.max(0, phaseStart + durationS * 1000 * 0.65 - performance.now()));
  const dbAt = performance.now();
  const dbAtS = at();
  const ready = async () => state.sql`select 1`.then(() => true, () => false);
  const restart = await restartDatabase(state.clusterDir, ready);
  // 503 + Retry-After from the fast shutdown until 5 s after the database is back is the designed answer (bench-errors.ts).
  faults.push({ kind: "database-restart", what: "database restarted (fast shutdown, then start)", atSeconds: dbAtS, detail: `restarted by the ${restart.restartedBy}; accepting connections again after ${(restart.downMs / 1000).toFixed(1)} s`, from: dbAt, to: performance.now() + 5000 });
}

async function runPhase(state: RunState, users: BenchUser[], durationS: number): Promise<PhaseResult> {
  const recorder = new PhaseRecorder(state.longPoll);
  const start = performance.now();
  const deadline = start + durationS * 1000;
  const ramp = rampMs(durationS);
  const faults: FaultEvent[] = [];
  say(`\nphase: ${users.length} candidates for ${durationS} s (arriving over ${ramp / 1000} s)${users.length === FAULTS_PHASE ? ", with a worker kill and a database restart" : ""}…`);
  const progress = setInterval(() => say(`  ${Math.round((performance.now() - start) / 1000)} s: ${recorder.totalRequests()} requests, ${recorder.errorCount()} errors, ${recorder.acked.length} answers acknowledged`), 15_000);
  const cpuMeter = new CpuMeter(() => ({ appPid: state.app.child.pid, workerPid: state.worker.pid, postmasterPid: readPostmaster(state.clusterDir)?.pid }));
  let requestsByDeadline = 0;
  const markActive = setTimeout(() => {
    cpuMeter.mark();
    requestsByDeadline = recorder.totalRequests();
  }, Math.max(0, deadline - performance.now()));
  const faulting = users.length === FAULTS_PHASE ? injectFaults(state, start, durationS, faults) : Promise.resolve();
  await Promise.all([
    faulting,
    ...users.map((user) =>
      runCandidate({ client: state.client, recorder, user, password: state.password, deadline, hardDeadline: deadline + TAIL_MS, startDelayMs: Math.random() * ramp, thinkMs: THINK_MS, questionCount: QUESTIONS, longPoll: state.longPoll }),
    ),
  ]);
  clearInterval(progress);
  clearTimeout(markActive);
  const cpu = cpuText(cpuMeter.stop(), os.cpus().length, requestsByDeadline || recorder.totalRequests());
  const answerIds = recorder.acked.map((answer) => answer.answerId);
  const drainMs = await waitForDrain(state.sql, answerIds, DRAIN_MS);
  for (const crash of state.worker.crashes.filter((event) => event.at >= start)) {
    faults.push({ kind: "crash", what: "job worker CRASHED (not our kill)", atSeconds: (crash.at - start) / 1000, detail: `exit: ${crash.exit}; restarted by its supervisor`, from: crash.at, to: crash.at + 5000 });
  }
  faults.sort((a, b) => a.atSeconds - b.atSeconds);
  const verdict = await verify(state.sql, { answerIds, emailPattern: `${users[0]!.email.replace(/-\d+@.*$/, "")}-%` });
  return { users: users.length, seconds: durationS, recorder, faults, drainMs, verdict, cpu };
}

async function main(): Promise<void> {
  const started = new Date();
  const loadAtStart = os.loadavg();
  const runId = started.toISOString().replace(/[-:T.Z]/g, "").slice(0, 14);
  const dataDir = path.resolve(".test-data", `bench-${runId}`);
  const port = await freePort();
  // V8 CPU profiles of the app's processes (launcher, web processes, worker), summarized at the end.
  const profileDir = path.join(dataDir, "profiles");
  if (args["cpu-prof"]) setChildNodeFlags(["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  say(`bench:load: phases ${PHASES.join(", ")} candidates × ${DURATIONS.join(", ")} s, think ${THINK_MS / 1000} s, ${QUESTIONS} questions per interview`);
  say(`starting the production app (scripts/start.ts) on port ${port}, DATA_DIR ${path.relative(process.cwd(), dataDir)}; it builds first if the build is stale…`);
  const app = await startApp({ dataDir, port, extraEnv: WEB_CONCURRENCY_SUPPORTED ? { WEB_CONCURRENCY: String(WEB_PROCESSES) } : {}, onLine: (line) => say(`  ${line}`) });
  const cluster = embeddedCluster(dataDir);
  const sql = postgres(cluster.url, { max: 4, onnotice: () => {} });
  const client = new BenchClient("127.0.0.1", port);
  const worker = new WorkerKeeper(cluster.url, path.join(dataDir, "worker.log"));
  let state: RunState | undefined;
  let failed = false;
  try {
    await worker.start();
    const longPoll = await supportsLongPoll(client);
    const password = benchPassword();
    const seed = createDb(cluster.url, { max: 2 });
    const usersByPhase: BenchUser[][] = [];
    let index = 0;
    for (const [i, count] of PHASES.entries()) {
      usersByPhase.push(await createBenchUsers(seed.db, { runId, label: `p${i + 1}`, count, firstIndex: index, password }));
      index += count;
    }
    await seed.sql.end({ timeout: 5 });
    state = { app, client, sql, clusterDir: cluster.clusterDir, databaseUrl: cluster.url, worker, password, longPoll };
    const settings = `App: production build, ${WEB_PROCESSES} web process${WEB_PROCESSES > 1 ? "es" : ""} (\`scripts/start.ts\`${WEB_CONCURRENCY_SUPPORTED ? `, WEB_CONCURRENCY=${WEB_PROCESSES}` : ""}, RUN_WORKER_IN_WEB=false) and one job worker (\`npm run worker\`'s \`scripts/worker.ts\`, which supervises the worker process), embedded PostgreSQL, built-in analyzer, TRUSTED_PROXIES=127.0.0.1 with one X-Forwarded-For per candidate. ${index} candidates created directly in the database (one argon2 hash of a shared random password, email marked verified, a Premium plan grant each) — registering over REST is not what this measures; signing in does the real argon2 verify. Each candidate: sign in, then repeat (start a ${QUESTIONS}-question interview, read it, for each question think ${THINK_MS / 1000} s ±20% and submit, wait for the score with ${longPoll ? "`GET /answers/{id}?wait=30` long polls" : "a `GET /answers/{id}` poll every 1 s (the server has no `?wait=` yet)"}, complete, stats, history) until the phase ends; arrivals spread over the first ${RAMP_S === undefined ? "third of a phase (at most 30 s)" : `${RAMP_S} s`}.`;
    say(`users: ${index} created in the database (verified, Premium grant); score wait: ${longPoll ? "long poll ?wait=30" : "poll every 1 s (no ?wait= support found in /api/openapi.json)"}`);
    say("measuring GET /api/v1/questions against the bare baseline…");
    const base = await measureBaseline({
      appPort: port,
      barePort: await freePort(),
      databaseUrl: cluster.url,
      processes: WEB_PROCESSES,
      connections: CONNECTIONS,
      rounds: positiveInt("baseline-rounds", args["baseline-rounds"], 20),
      seconds: positiveInt("baseline-seconds", args["baseline-seconds"], 120),
    });
    say(baselineText(base));
    const phases: PhaseResult[] = [];
    for (const [phase, users] of usersByPhase.entries()) {
      const result = await runPhase(state, users, durationOf(phase));
      phases.push(result);
      say(phaseText(result));
      failed ||= !result.verdict.ok;
      await sleep(3000);
    }
    const shown = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--note") && all[i - 1] !== "--note");
    const command = `npm run bench:load${shown.length ? ` -- ${shown.join(" ")}` : ""}`;
    const block = markdownBlock({ started, command, note: args.note ?? "", loadAtStart, settings, baseline: base, phases });
    if (!args["no-docs"]) {
      writeResults(path.resolve("docs", "performance.md"), block);
      say("\nresults written to docs/performance.md");
    }
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    client.close();
    await sql.end({ timeout: 2 }).catch(() => {});
    await worker.stop();
    await stopChild(app.child, 60_000);
    await stopLeftoverPostmaster(cluster.clusterDir);
    if (args["cpu-prof"] && fs.existsSync(profileDir)) summarizeProfiles(profileDir);
    if (!args.keep && !failed && !args["cpu-prof"]) fs.rmSync(dataDir, { recursive: true, force: true });
    else say(`kept ${path.relative(process.cwd(), dataDir)} (app.log, worker.log, the database)`);
  }
  say(`\nbench:load finished in ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min${failed ? " — FAILED (see above)" : ""}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
