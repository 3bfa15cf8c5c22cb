/**
 * bench:load's job worker: `npm run worker`'s script (scripts/worker.ts) as its own process on the
 * app's database. That script supervises the worker process it forks and restarts it when it dies;
 * the fault injection SIGKILLs that worker process (no chance to finish or release its jobs) and
 * measures how long the supervisor takes to have a new one running. An exit of a worker process we
 * did not kill is reported as a crash. Should the supervisor itself exit, the bench starts it again
 * after 1 s, as a process manager would, and reports that too.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childEnv, spawnTs, stopChild, tail, waitFor } from "./bench-app";
import { sleep } from "./bench-http";

const RUNNING = /Job worker running \(process (\d+)\)/;
const EXITED = /Job worker process (\d+) exited \(([^)]*)\)/;

function logLines(logFile: string): string[] {
  return tail(logFile, 100_000).split("\n");
}

/** Pids of the worker processes the supervisor reported running, in order. */
function runningPids(logFile: string): number[] {
  return logLines(logFile).flatMap((line) => {
    const match = RUNNING.exec(line);
    return match ? [Number(match[1])] : [];
  });
}

export class WorkerKeeper {
  private supervisor: ChildProcess | undefined;
  private stopping = false;
  private readonly killed = new Set<number>();
  private readonly seenExits = new Set<string>();
  readonly crashes: Array<{ at: number; exit: string }> = [];
  private readonly poll: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly logFile: string,
    /** On top of childEnv's: SMTP_URL, an AI provider (bench:faults). */
    private readonly extraEnv: Record<string, string> = {},
  ) {
    // Exits of worker processes, as the supervisor logs them: ours are kills, the rest crashes.
    this.poll = setInterval(() => this.scanExits(), 1000);
    this.poll.unref();
  }

  /** The supervisor's pid: the CPU meter counts it and its worker process together. */
  get pid(): number | undefined {
    return this.supervisor?.pid;
  }

  private scanExits(): void {
    for (const line of logLines(this.logFile)) {
      const match = EXITED.exec(line);
      if (!match || this.seenExits.has(line)) continue;
      this.seenExits.add(line);
      if (!this.killed.has(Number(match[1]))) this.crashes.push({ at: performance.now(), exit: `worker process ${match[2]}` });
    }
  }

  /** Starts the supervisor; resolves once its worker process runs. */
  async start(): Promise<void> {
    const before = runningPids(this.logFile).length;
    // The web's generated secret (scripts/lib/auth-secret.ts): a worker on a DATABASE_URL must be given it, as in production.
    const dataDir = path.dirname(this.logFile);
    const authSecret = fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim();
    const child = spawnTs("scripts/worker.ts", childEnv({ DATABASE_URL: this.databaseUrl, DATA_DIR: dataDir, AUTH_SECRET: authSecret, ...this.extraEnv }), this.logFile);
    this.supervisor = child;
    await waitFor("the worker", 120_000, () => runningPids(this.logFile).length > before, child, this.logFile);
    child.once("exit", (code, signal) => {
      if (this.stopping) return;
      this.crashes.push({ at: performance.now(), exit: `supervisor ${signal ?? `code ${code}`}` });
      void sleep(1000).then(() => (this.stopping ? undefined : this.start()));
    });
  }

  /**
   * SIGKILLs the running worker process and waits until the supervisor has a new one running.
   * Returns how the replacement went, for the report.
   */
  async killAndRestart(): Promise<string> {
    const pids = runningPids(this.logFile);
    const victim = pids[pids.length - 1];
    if (victim === undefined) throw new Error("no running worker process to kill");
    this.killed.add(victim);
    process.kill(victim, "SIGKILL");
    await waitFor("a new worker process", 120_000, () => runningPids(this.logFile).length > pids.length, undefined, this.logFile);
    return `worker process ${victim} SIGKILLed; npm run worker's supervisor had a new one running`;
  }

  /** Stops the supervisor cleanly (SIGTERM: its worker drains) and starts a new one: a fresh process. */
  async restart(): Promise<void> {
    this.stopping = true;
    if (this.supervisor) await stopChild(this.supervisor, 45_000);
    this.stopping = false;
    await this.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.poll);
    if (this.supervisor) await stopChild(this.supervisor, 45_000);
  }
}
