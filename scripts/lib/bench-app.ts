/**
 * The processes bench:load runs and breaks: the production launcher (scripts/start.ts) on its own
 * DATA_DIR and embedded PostgreSQL, a separate job worker (so it can be SIGKILLed without taking
 * the web process down), and the embedded database's postmaster (restarted mid-run). Children run
 * as `node --import tsx …` rather than through npm/tsx wrappers, so the pid we signal is the process.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { isProcessAlive } from "@/db/embedded-lock";
import { sleep } from "./bench-http";

export interface AppProcess {
  child: ChildProcess;
  port: number;
  dataDir: string;
  logFile: string;
}

/** A port nothing listens on right now (the OS picks it), for a bench's own server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Variables every child gets on top of ours: a quiet, offline, self-contained production app. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    TRUSTED_PROXIES: "127.0.0.1",
    // Empty means unset (server/env.ts): the built-in analyzer, the dev outbox, no Stripe calls.
    OPENAI_API_KEY: "",
    SMTP_URL: "",
    STRIPE_SECRET_KEY: "",
    ADMIN_EMAIL: "",
    APP_URL: "",
    ...extra,
  };
}

/** Node flags for every child, e.g. `--cpu-prof` (bench:load --cpu-prof); forked processes inherit them. */
const nodeFlags: string[] = [];
export function setChildNodeFlags(flags: string[]): void {
  nodeFlags.splice(0, nodeFlags.length, ...flags);
}

export function spawnTs(script: string, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script], { env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  return child;
}

export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export async function waitFor(description: string, timeoutMs: number, check: () => Promise<boolean> | boolean, child?: ChildProcess, logFile?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${description}: the process exited (${child.exitCode})\n${logFile ? tail(logFile) : ""}`);
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`${description}: not ready after ${Math.round(timeoutMs / 1000)} s\n${logFile ? tail(logFile) : ""}`);
}

/**
 * Starts the production launcher (it builds first when the build is missing or stale) with the
 * worker kept out of the web process, and waits until /api/health answers 200.
 */
export async function startApp(options: { dataDir: string; port: number; extraEnv?: Record<string, string>; onLine?: (line: string) => void }): Promise<AppProcess> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const logFile = path.join(options.dataDir, "app.log");
  const env = childEnv({ PORT: String(options.port), DATA_DIR: options.dataDir, DATABASE_URL: "", RUN_WORKER_IN_WEB: "false", ...options.extraEnv });
  const child = spawnTs("scripts/start.ts", env, logFile);
  let reported = 0;
  let last = "";
  const health = async () => {
    const lines = tail(logFile, 100000).split("\n").filter((line) => line.startsWith("[rehearse]"));
    for (const line of lines.slice(reported)) {
      // "Waiting for another build…" repeats every 2 s; once is enough.
      if (line !== last) options.onLine?.(line);
      last = line;
    }
    reported = Math.max(reported, lines.length);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}/api/health`, { signal: AbortSignal.timeout(2000) });
      return response.status === 200;
    } catch {
      return false;
    }
  };
  // A build (or waiting for another helper's build) can take minutes; serving afterwards takes seconds.
  try {
    await waitFor("the app", 20 * 60_000, health, child, logFile);
  } catch (error) {
    await stopChild(child, 30_000);
    throw error;
  }
  return { child, port: options.port, dataDir: options.dataDir, logFile };
}

/** Stops a child with SIGTERM (its graceful path), then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

// ── the embedded database ───────────────────────────────────────────────────

export interface EmbeddedCluster {
  clusterDir: string;
  url: string;
}

/** Where the launcher put the cluster (DATA_DIR/pg, or the path DATA_DIR/pg-location.txt names when running as root). */
export function clusterDirOf(dataDir: string): string {
  const pointer = path.join(dataDir, "pg-location.txt");
  if (fs.existsSync(pointer)) return fs.readFileSync(pointer, "utf8").split("\n")[0]!.trim();
  return path.join(dataDir, "pg");
}

export function readPostmaster(clusterDir: string): { pid: number; port: number } | null {
  try {
    const lines = fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number.parseInt(lines[0] ?? "", 10);
    const port = Number.parseInt(lines[3] ?? "", 10);
    return Number.isInteger(pid) && Number.isInteger(port) ? { pid, port } : null;
  } catch {
    return null;
  }
}

/** The embedded database's URL, read from the files the launcher keeps in DATA_DIR and the cluster. */
export function embeddedCluster(dataDir: string): EmbeddedCluster {
  const clusterDir = clusterDirOf(dataDir);
  const postmaster = readPostmaster(clusterDir);
  if (!postmaster) throw new Error(`no running PostgreSQL found in ${clusterDir}`);
  const password = fs.readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();
  return { clusterDir, url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${postmaster.port}/rehearse` };
}

/** The OS user the postmaster runs as when we are root (Postgres refuses root), for pg_ctl. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export interface DatabaseRestart {
  /** Who brought it back: the launcher's supervisor, or this script with pg_ctl when none did. */
  restartedBy: "supervisor" | "bench (pg_ctl)";
  downMs: number;
  postmasterPid: number;
}

/**
 * Stops the postmaster the way a crash-free restart does (SIGINT = fast shutdown), then gives the
 * launcher's supervisor `supervisorWaitMs` to start a new one; if none appears, starts it with
 * pg_ctl from the same binaries and options (postmaster.opts), on the same port.
 */
export async function restartDatabase(clusterDir: string, ready: () => Promise<boolean>, supervisorWaitMs = 10_000): Promise<DatabaseRestart> {
  const before = readPostmaster(clusterDir);
  if (!before) throw new Error("no postmaster to restart");
  const opts = fs.readFileSync(path.join(clusterDir, "postmaster.opts"), "utf8").trim();
  const started = Date.now();
  process.kill(before.pid, "SIGINT");
  await waitFor("postmaster shutdown", 30_000, () => !isProcessAlive(before.pid));
  const replaced = () => {
    const now = readPostmaster(clusterDir);
    return now !== null && now.pid !== before.pid && isProcessAlive(now.pid);
  };
  let restartedBy: DatabaseRestart["restartedBy"] = "supervisor";
  try {
    await waitFor("supervisor", supervisorWaitMs, replaced);
  } catch {
    restartedBy = "bench (pg_ctl)";
    // postmaster.opts: `/…/bin/postgres "-D" "<dir>" "-p" "<port>" "-c" …`, already shell-quoted.
    const binary = opts.split(" ")[0]!;
    const options = opts.slice(binary.length).replace(/"-D" "[^"]*"/, "").trim();
    const result = spawnSync(path.join(path.dirname(binary), "pg_ctl"), ["start", "-D", clusterDir, "-w", "-t", "60", "-o", options], {
      ...postgresUser(),
      stdio: "ignore",
      env: { ...process.env, LC_ALL: "C.UTF-8", LC_MESSAGES: "C" },
    });
    if (result.status !== 0) throw new Error(`pg_ctl start failed (exit ${result.status ?? result.signal})`);
  }
  await waitFor("database after restart", 60_000, ready);
  return { restartedBy, downMs: Date.now() - started, postmasterPid: readPostmaster(clusterDir)?.pid ?? 0 };
}

/** After the launcher exited: a postmaster still running on the cluster is one we started with pg_ctl; stop it. */
export async function stopLeftoverPostmaster(clusterDir: string): Promise<void> {
  const postmaster = readPostmaster(clusterDir);
  if (!postmaster || !isProcessAlive(postmaster.pid)) return;
  process.kill(postmaster.pid, "SIGINT");
  await waitFor("leftover postmaster", 30_000, () => !isProcessAlive(postmaster.pid)).catch(() => process.kill(postmaster.pid, "SIGQUIT"));
}
