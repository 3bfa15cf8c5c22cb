/**
 * `npm run bench:faults [-- --only=signup,submits,provider,database --no-docs --keep]`: issue #13's
 * fault targets, end to end over HTTP to 127.0.0.1, against the production build. Starts a local SMTP
 * sink, a fake OpenAI-compatible provider that stalls after its headers, its own embedded PostgreSQL
 * (owned by the bench, not the launcher, so it can be kept stopped for 20 s without the launcher's
 * supervisor restarting it), the real launcher on it (external-database mode, TRUSTED_PROXIES=127.0.0.1,
 * one X-Forwarded-For per simulated person) and `npm run worker` as a separate supervised process. Then:
 * (1) a sign-up burst, (2) simultaneous built-in submits, (3) a stalled provider and a worker SIGKILLed
 * mid-job, (4) the database stopped while clients keep asking. Prints a PASS/FAIL table, writes it into
 * docs/performance.md between the bench-faults markers (unless --no-docs) and into
 * .test-data/bench-faults-results.md, and exits 1 when a target fails.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { createDb } from "@/db";
import { isKnownDriverSocketFault } from "@/db/driver-faults";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/db/embedded";
import { startSmtpServer } from "@/test/helpers/smtp-server";
import { startFakeOpenAi } from "@/test/scoring-fake-openai";
import { freePort, startApp, stopChild } from "./lib/bench-app";
import { BenchClient } from "./lib/bench-http";
import { gitRevision, machineLine } from "./lib/bench-report";
import { benchPassword } from "./lib/bench-users";
import { WorkerKeeper } from "./lib/bench-worker";
import { prepareCandidates } from "./lib/bench/faults-candidates";
import { runDatabaseOutage } from "./lib/bench/faults-database";
import { runStalledProvider } from "./lib/bench/faults-provider";
import { faultsMarkdown, writeFaultsResults } from "./lib/bench/faults-report";
import { runSignupBurst } from "./lib/bench/faults-signup";
import { runSubmitBurst } from "./lib/bench/faults-submits";
import { resultTable, SCENARIOS, type TargetResult, type TScenario } from "./lib/bench/faults-verdicts";

const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    signups: { type: "string", default: "200" },
    submits: { type: "string", default: "200" },
    stalled: { type: "string", default: "30" },
    killed: { type: "string", default: "16" },
    clients: { type: "string", default: "50" },
    "outage-seconds": { type: "string", default: "20" },
    "ai-timeout-ms": { type: "string", default: "10000" },
    "no-docs": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    console.error(`--${name}: expected a whole number from ${min} to ${max}, got "${value}"`);
    process.exit(2);
  }
  return parsed;
}

const ONLY = (args.only ?? SCENARIOS.join(",")).split(",").map((name) => name.trim());
for (const name of ONLY) {
  if (!(SCENARIOS as readonly string[]).includes(name)) {
    console.error(`--only: expected one or more of ${SCENARIOS.join(", ")} (comma-separated), got "${name}"`);
    process.exit(2);
  }
}
const runs = (scenario: TScenario) => ONLY.includes(scenario);
const SIGNUPS = wholeNumber("signups", args.signups, 1, 2000);
const SUBMITS = wholeNumber("submits", args.submits, 1, 2000);
const STALLED = wholeNumber("stalled", args.stalled, 1, 200);
const KILLED = wholeNumber("killed", args.killed, 1, 200);
const CLIENTS = wholeNumber("clients", args.clients, 1, 500);
const OUTAGE_MS = wholeNumber("outage-seconds", args["outage-seconds"], 1, 120) * 1000;
// server/env.ts allows 1–10 s (the score-answer job expires after 12 s).
const AI_TIMEOUT_MS = wholeNumber("ai-timeout-ms", args["ai-timeout-ms"], 1000, 10_000);

const say = (line: string) => console.log(line);

// postgres.js can throw from a timer when the database goes away under it (db/driver-faults.ts); the bench's own pools ride it out as the app does.
process.on("uncaughtException", (error) => {
  if (isKnownDriverSocketFault(error)) return;
  console.error(error);
  process.exit(1);
});

async function main(): Promise<void> {
  const started = new Date();
  const runId = started.toISOString().replace(/[-:T.Z]/g, "").slice(0, 14);
  const runDir = path.resolve(".test-data", `faults-${runId}`);
  const appDir = path.join(runDir, "app");
  fs.mkdirSync(appDir, { recursive: true });
  // The worker (WorkerKeeper) reads the secret from DATA_DIR, as npm run worker is given it in production.
  const authSecret = randomBytes(32).toString("base64url");
  fs.writeFileSync(path.join(appDir, "auth-secret"), authSecret, { mode: 0o600 });

  say(`bench:faults: ${ONLY.join(", ")}; run data in ${path.relative(process.cwd(), runDir)}`);
  const sink = await startSmtpServer();
  const provider = await startFakeOpenAi();
  provider.enqueue(...Array.from({ length: 5000 }, () => ({ kind: "stall-body" as const })));
  let database: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: path.join(runDir, "db") });
  const port = await freePort();
  say(`embedded PostgreSQL on port ${database.port}; starting the production app (scripts/start.ts) on port ${port}; it builds first if the build is stale…`);
  const app = await startApp({ dataDir: appDir, port, extraEnv: { DATABASE_URL: database.url, AUTH_SECRET: authSecret, SMTP_URL: sink.url }, onLine: (line) => say(`  ${line}`) });
  const client = new BenchClient("127.0.0.1", port);
  const sql = postgres(database.url, { max: 4, onnotice: () => {} });
  const seed = createDb(database.url, { max: 2 });
  const password = benchPassword();
  const builtinWorker = new WorkerKeeper(database.url, path.join(appDir, "worker.log"), { SMTP_URL: sink.url });
  let aiWorker: WorkerKeeper | undefined;
  const results: TargetResult[] = [];
  const record = (...found: TargetResult[]) => {
    results.push(...found);
    for (const result of found) say(`  ${result.pass ? "PASS" : "FAIL"}: ${result.measured}`);
  };
  const notes: string[] = [];
  let failed = false;
  try {
    await builtinWorker.start();
    if (runs("signup")) {
      say(`\n(1) sign-up burst: ${SIGNUPS} registrations over about a second`);
      record(await runSignupBurst({ client, sink, runId, count: SIGNUPS, spreadMs: 1000, waitMs: 60_000, say }));
    }
    if (runs("submits")) {
      say(`\n(2) ${SUBMITS} candidates submit at once (built-in analyzer); preparing them (sign in, start, read)…`);
      const ready = await prepareCandidates({ db: seed.db, client, runId, label: "submits", count: SUBMITS, firstIndex: 0, password });
      record(await runSubmitBurst(client, ready));
    }
    if (runs("provider")) {
      say(`\n(3) stalled AI provider (AI_TIMEOUT_MS=${AI_TIMEOUT_MS}): ${STALLED} answers at once, then ${KILLED} more and a worker SIGKILL`);
      const ready = await prepareCandidates({ db: seed.db, client, runId, label: "provider", count: STALLED + KILLED, firstIndex: 5000, password });
      await builtinWorker.stop();
      aiWorker = new WorkerKeeper(database.url, path.join(appDir, "worker-ai.log"), {
        SMTP_URL: sink.url,
        OPENAI_API_KEY: "sk-bench-faults",
        OPENAI_BASE_URL: provider.baseURL,
        AI_TIMEOUT_MS: String(AI_TIMEOUT_MS),
      });
      await aiWorker.start();
      record(...(await runStalledProvider({ client, sql, stalled: ready.slice(0, STALLED), killed: ready.slice(STALLED), aiTimeoutMs: AI_TIMEOUT_MS, worker: aiWorker, providerCalls: () => provider.requests.length, say })));
    }
    if (runs("database")) {
      say(`\n(4) ${CLIENTS} clients keep sending requests; the database is stopped for ${OUTAGE_MS / 1000} s`);
      const ready = await prepareCandidates({ db: seed.db, client, runId, label: "outage", count: CLIENTS, firstIndex: 10_000, password });
      const dbPort = database.port;
      const control = {
        stop: () => database.stop(),
        start: async () => {
          database = await startEmbeddedPostgres({ dataDir: path.join(runDir, "db"), port: dbPort });
        },
      };
      record(await runDatabaseOutage({ client, clients: ready, database: control, password, beforeMs: 5000, stoppedMs: OUTAGE_MS, afterMs: 15_000, say }));
      if (app.child.exitCode !== null) notes.push(`the app exited during the outage (code ${app.child.exitCode})`);
    }
    for (const keeper of [builtinWorker, aiWorker]) {
      for (const crash of keeper?.crashes ?? []) notes.push(`job worker crash not caused by the bench: ${crash.exit}`);
    }
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  } finally {
    client.close();
    await sql.end({ timeout: 2 }).catch(() => {});
    await seed.sql.end({ timeout: 2 }).catch(() => {});
    await aiWorker?.stop();
    await builtinWorker.stop();
    await stopChild(app.child, 60_000);
    await database.stop().catch(() => {});
    await provider.close();
    await sink.close();
  }
  if (results.length) {
    say(`\n${resultTable(results)}`);
    for (const note of notes) say(`note: ${note}`);
    const shown = process.argv.slice(2);
    const block = faultsMarkdown({
      started,
      command: `npm run bench:faults${shown.length ? ` -- ${shown.join(" ")}` : ""}`,
      revision: gitRevision(),
      machine: machineLine(),
      settings: `Production build, ${os.availableParallelism()} web processes (the default, one per core), \`npm run worker\` as its own supervised process, built-in analyzer except in the stalled-provider scenario, the bench's own embedded PostgreSQL as DATABASE_URL, load generator on the same machine.`,
      results,
      notes,
    });
    fs.writeFileSync(path.resolve(".test-data", "bench-faults-results.md"), `${block}\n`);
    if (!args["no-docs"] && !failed) {
      const written = writeFaultsResults(path.resolve("docs", "performance.md"), block);
      say(written ? "\nresults written to docs/performance.md" : "\ndocs/performance.md has no bench-faults markers: results left in .test-data/bench-faults-results.md");
    }
  }
  failed ||= results.some((result) => !result.pass);
  if (!args.keep && !failed) fs.rmSync(runDir, { recursive: true, force: true });
  else say(`kept ${path.relative(process.cwd(), runDir)} (app.log, worker logs, the database)`);
  say(`\nbench:faults finished in ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min${failed ? " — FAILED (see above)" : ""}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`bench:faults failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
