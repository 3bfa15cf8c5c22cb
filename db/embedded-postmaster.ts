/**
 * The postmaster as an OS process: finding one a killed Rehearse process left running (through
 * postmaster.pid) and shutting it down, and picking a free port for a new one.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { EmbeddedPostgresError } from "./embedded-error";
import { isProcessAlive } from "./embedded-lock";

export function readPostmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return isProcessAlive(pid); // No /proc (macOS): trust the pid file.
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isProcessAlive(pid);
}

/**
 * We hold the DATA_DIR lock, so a live postmaster on our cluster was left by a Rehearse process
 * that was killed without shutting it down. Ask it for a fast shutdown (it rolls back open work).
 */
export async function stopOrphanedPostmaster(clusterDir: string, log: (level: "info" | "warn", message: string) => void): Promise<void> {
  const pid = readPostmasterPid(clusterDir);
  if (!pid || !isProcessAlive(pid) || !isPostgresProcess(pid)) return;
  log("warn", `Found PostgreSQL (pid ${pid}) left running by a previous Rehearse process that crashed; shutting it down`);
  process.kill(pid, "SIGINT");
  if (await waitForExit(pid, 15_000)) return;
  process.kill(pid, "SIGQUIT");
  if (await waitForExit(pid, 5_000)) return;
  throw new EmbeddedPostgresError(
    `PostgreSQL (pid ${pid}) from a previous run does not stop. Stop it by hand (kill ${pid}) and start again.`,
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A free port below Linux's ephemeral range (32768–60999), where `freePort()` (listen on port 0) never
 * lands: a test that stops its server and starts it again on the same port cannot lose that port
 * meanwhile to another test's server.
 */
export async function freePortBelowEphemeralRange(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.unref();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port between 20000 and 30000");
}
