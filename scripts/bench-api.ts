/**
 * `npm run bench:api`: what one API request costs on the production server, against a bare
 * baseline measured in the same run on the same database. Starts its own embedded PostgreSQL
 * (migrated and seeded), the real launcher (`scripts/start.ts`, production build, built when
 * stale) and a bare node:http + postgres server doing the same query as GET /api/v1/questions;
 * then drives each URL with 32 keep-alive connections for a few seconds, several rounds, each
 * right after the bare baseline, and prints median req/s, p50/p95 and the median ratio to the
 * paired baseline measurement. Traffic goes to 127.0.0.1 only.
 *
 *   npm run bench:api [-- --rounds=3 --seconds=4 --connections=32 --web-concurrency=1 --practice=100 --practice-only --only=questions --cpu-prof]
 *
 * --only=<text> measures only the app URLs whose name contains the text (with their paired baseline),
 * e.g. to profile one request's path alone.
 *
 * Then the practice loop, step by step (scripts/lib/bench/practice-cpu.ts): the server CPU per request of
 * sign-in, start, read, submit (and its scoring), score wait, complete, stats and history, for
 * --practice candidates (0: skip it); --practice-only skips the URL rounds (e.g. to profile the loop alone);
 * --statements also counts the SQL statements per request of each step (PostgreSQL's log_statement: its
 * logging costs CPU, so read the CPU columns of such a run with care) and writes them to
 * .test-data/bench-api-statements.log.
 *
 * --web-concurrency sets the app's WEB_CONCURRENCY and the bare server's process count alike.
 * --cpu-prof writes V8 CPU profiles of the app's processes to .test-data/bench-api-profiles and
 * prints where their time went (the numbers of a profiled run are slower; use it to explain, not to compare).
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/db";
import { startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { runLoad, type TLoadResult } from "./lib/bench/load-loop";
import { summarizeProfiles } from "./lib/bench/cpu-profile-summary";
import { processTreeCpuSeconds } from "./lib/bench-cpu";
import { freePort } from "./lib/bench-app";
import { BenchClient } from "./lib/bench-http";
import { idleCpuMsPerSecond, measurePracticeLoopCpu, practiceTable } from "./lib/bench/practice-cpu";

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

const ROUNDS = option("rounds", 3);
const SECONDS = option("seconds", 4);
const CONNECTIONS = option("connections", 32);
const WEB_CONCURRENCY = option("web-concurrency", 1);
const CPU_PROF = process.argv.includes("--cpu-prof");
const PRACTICE_CANDIDATES = process.argv.some((arg) => arg.startsWith("--practice=")) ? Number(process.argv.find((arg) => arg.startsWith("--practice="))!.split("=")[1]) : 100;
const PRACTICE_ONLY = process.argv.includes("--practice-only");
const COUNT_STATEMENTS = process.argv.includes("--statements");
const ONLY = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
if (!Number.isInteger(PRACTICE_CANDIDATES) || PRACTICE_CANDIDATES < 0 || PRACTICE_CANDIDATES > 2000) throw new Error("--practice must be a whole number from 0 to 2000");
const TSX = path.resolve("node_modules", ".bin", "tsx");
const PROFILE_DIR = path.resolve(".test-data", "bench-api-profiles");


async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (code ${child.exitCode}) before answering`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface TTarget {
  name: string;
  url: string;
  expect: number;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(".test-data", `bench-api-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  let statements = 0;
  // With log_statement = all, PostgreSQL logs each statement (simple protocol) or execute (extended) once.
  const statementLog = path.resolve(".test-data", "bench-api-statements.log");
  if (COUNT_STATEMENTS) fs.rmSync(statementLog, { force: true });
  const countStatements = (_level: string, line: string) => {
    if (!/LOG:\s+(statement|execute [^:]*):/.test(line)) return;
    statements += 1;
    fs.appendFileSync(statementLog, `${line}\n`);
  };
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), ...(COUNT_STATEMENTS ? { log: countStatements } : {}) });
  const children: ChildProcess[] = [];
  try {
    await runMigrations(pg.url);
    const seed = createDb(pg.url, { max: 2 });
    await runSeed(seed.db);
    await seed.sql.end({ timeout: 5 });

    const appPort = await freePort();
    const barePort = await freePort();
    if (CPU_PROF) fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
    const baseEnv = { ...process.env, DATABASE_URL: pg.url, NEXT_TELEMETRY_DISABLED: "1" };
    console.log(`Starting the app (WEB_CONCURRENCY=${WEB_CONCURRENCY}; builds first when the build is stale)…`);
    // --cpu-prof is not allowed in NODE_OPTIONS: node runs tsx as a loader instead (cluster workers inherit the flags).
    const appCommand = CPU_PROF ? [process.execPath, "--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`, "--import", "tsx", "scripts/start.ts"] : [TSX, "scripts/start.ts"];
    const app = spawn(appCommand[0]!, appCommand.slice(1), {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...baseEnv,
        PORT: String(appPort),
        APP_URL: `http://localhost:${appPort}`,
        DATA_DIR: dataDir,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
        WEB_CONCURRENCY: String(WEB_CONCURRENCY),
        LOG_LEVEL: "info",
        // The practice loop's candidates each send their own X-Forwarded-For (per-client limits see many clients).
        TRUSTED_PROXIES: "127.0.0.1",
      },
    });
    children.push(app);
    const bare = spawn(TSX, ["scripts/lib/bench/bare-api-server.ts"], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...baseEnv, PORT: String(barePort), BARE_PROCESSES: String(WEB_CONCURRENCY) },
    });
    children.push(bare);
    await waitFor(`http://127.0.0.1:${barePort}/questions`, bare, 60_000);
    await waitFor(`http://127.0.0.1:${appPort}/api/health`, app, 15 * 60_000);

    const targets: TTarget[] = [
      { name: "bare node:http + postgres, same query", url: `http://127.0.0.1:${barePort}/questions`, expect: 200 },
      { name: "GET /api/v1/questions (20 rows)", url: `http://127.0.0.1:${appPort}/api/v1/questions`, expect: 200 },
      { name: "GET /api/trpc/catalog.questions", url: `http://127.0.0.1:${appPort}/api/trpc/catalog.questions?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, expect: 200 },
      { name: "GET /api/health", url: `http://127.0.0.1:${appPort}/api/health`, expect: 200 },
      { name: "GET /no-such-page (404)", url: `http://127.0.0.1:${appPort}/no-such-page`, expect: 404 },
      { name: "GET /icon.svg (static file)", url: `http://127.0.0.1:${appPort}/icon.svg`, expect: 200 },
    ];
    // The bare baseline is measured right before each app URL, and each ratio is to that measurement:
    // on a shared machine the spare CPU drifts, and paired measurements see the same drift.
    // CPU per request of the server under test (its process tree, PostgreSQL not included): unlike
    // req/s, it hardly moves when other work on the machine takes the cores.
    const cpuMsPerRequest = new Map<TLoadResult, number>();
    const measure = async (target: TTarget, round: number): Promise<TLoadResult> => {
      await runLoad({ url: target.url, connections: CONNECTIONS, durationMs: 1000 }); // warm-up
      const serverPid = target === targets[0] ? bare.pid! : app.pid!;
      const cpuBefore = processTreeCpuSeconds(serverPid);
      const result = await runLoad({ url: target.url, connections: CONNECTIONS, durationMs: SECONDS * 1000 });
      cpuMsPerRequest.set(result, ((processTreeCpuSeconds(serverPid) - cpuBefore) * 1000) / Math.max(1, result.requests));
      const unexpected = result.requests - (result.statuses[target.expect] ?? 0);
      if (unexpected > 0 || result.errors > 0) {
        console.log(`  ! ${target.name}: ${unexpected} unexpected statuses ${JSON.stringify(result.statuses)}, ${result.errors} errors`);
      }
      console.log(`round ${round}: ${target.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(1)} ms`);
      return result;
    };
    const [bareTarget, ...allAppTargets] = targets as [TTarget, ...TTarget[]];
    const appTargets = ONLY ? allAppTargets.filter((target) => target.name.includes(ONLY)) : allAppTargets;
    if (appTargets.length === 0) throw new Error(`--only=${ONLY} matches no URL (${allAppTargets.map((target) => target.name).join("; ")})`);
    const bareRuns: TLoadResult[] = [];
    const results = new Map<string, Array<{ result: TLoadResult; ratio: number }>>(appTargets.map((target) => [target.name, []]));
    for (let round = 1; round <= (PRACTICE_ONLY ? 0 : ROUNDS); round += 1) {
      for (const target of appTargets) {
        const bareRun = await measure(bareTarget, round);
        bareRuns.push(bareRun);
        const result = await measure(target, round);
        results.get(target.name)!.push({ result, ratio: result.requestsPerSecond / bareRun.requestsPerSecond });
      }
    }

    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s per measurement, medians of ${ROUNDS} rounds; ` +
        `WEB_CONCURRENCY=${WEB_CONCURRENCY} (bare: ${WEB_CONCURRENCY} process${WEB_CONCURRENCY > 1 ? "es" : ""}); ` +
        `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load generator on the same machine${CPU_PROF ? "; CPU PROFILING ON" : ""}`,
    );
    console.log("| request | req/s | p50 ms | p95 ms | × bare (paired) | server CPU ms / request | × bare by CPU |\n|---|---:|---:|---:|---:|---:|---:|");
    const cpuOf = (runs: TLoadResult[]) => median(runs.map((run) => cpuMsPerRequest.get(run) ?? Number.NaN));
    const bareCpu = cpuOf(bareRuns);
    const row = (name: string, runs: TLoadResult[], ratio: string) =>
      console.log(
        `| ${name} | ${median(runs.map((r) => r.requestsPerSecond)).toFixed(0)} | ${median(runs.map((r) => r.p50Ms)).toFixed(1)} | ${median(runs.map((r) => r.p95Ms)).toFixed(1)} | ${ratio} | ${cpuOf(runs).toFixed(2)} | ${(bareCpu / cpuOf(runs)).toFixed(2)} |`,
      );
    if (!PRACTICE_ONLY) row(bareTarget.name, bareRuns, "1.00");
    for (const target of PRACTICE_ONLY ? [] : appTargets) {
      const runs = results.get(target.name)!;
      row(target.name, runs.map((run) => run.result), median(runs.map((run) => run.ratio)).toFixed(2));
    }
    if (PRACTICE_CANDIDATES > 0) {
      const client = new BenchClient("127.0.0.1", appPort);
      const handle = createDb(pg.url, { max: 2 });
      try {
        if (COUNT_STATEMENTS) await handle.sql.unsafe("alter system set log_statement = 'all'").then(() => handle.sql.unsafe("select pg_reload_conf()"));
        const steps = await measurePracticeLoopCpu({
          client,
          db: handle.db,
          appPid: app.pid!,
          postgresRootPid: pg.pid!,
          candidates: PRACTICE_CANDIDATES,
          inFlight: 8,
          ...(COUNT_STATEMENTS ? { statements: () => statements } : {}),
        });
        const idle = await idleCpuMsPerSecond(app.pid!);
        console.log(`\nThe practice loop, one step at a time for ${PRACTICE_CANDIDATES} candidates (8 requests in flight):\n${practiceTable(steps)}`);
        console.log(`The app idle (no requests; its job worker polling): ${idle.toFixed(1)} ms of CPU per second, included in the steps above.`);
      } finally {
        client.close();
        await handle.sql.end({ timeout: 5 });
      }
    }
  } finally {
    // SIGTERM: the launcher drains and stops its processes (and writes CPU profiles on the way out).
    for (const child of children.reverse()) await stop(child);
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(pg.clusterDir, { recursive: true, force: true });
  }
  if (CPU_PROF) summarizeProfiles(PROFILE_DIR);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
