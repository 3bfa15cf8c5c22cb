/**
 * Keeps the embedded PostgreSQL running: when the postmaster exits without being asked to (killed,
 * crashed, OOM), it is started again on the same port, so every process holding DATABASE_URL
 * reconnects by itself (postgres.js opens new connections on the next query). Attempts are bounded
 * with exponential backoff; after the last one the owner is told and decides (the launcher exits).
 */
import type { ChildProcess } from "node:child_process";

export interface SupervisorOptions {
  /** Starts a new postmaster; resolves once it accepts connections. */
  spawn(): Promise<ChildProcess>;
  log(level: "info" | "warn", message: string): void;
  /** Restarts in a row before giving up (a restart that stays up for `stableMs` resets the count). */
  maxAttempts?: number;
  /** First backoff; doubled per attempt, capped at 8 s. */
  baseDelayMs?: number;
  stableMs?: number;
  onGiveUp?(error: Error): void;
}

export interface Supervisor {
  /** The postmaster running now (or the last one, while a restart is under way). */
  readonly current: ChildProcess;
  readonly restarts: number;
  /** Stops watching; the caller then shuts the current postmaster down itself. */
  stop(): void;
}

const MAX_DELAY_MS = 8_000;

export function superviseServer(initial: ChildProcess, options: SupervisorOptions): Supervisor {
  const maxAttempts = options.maxAttempts ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const stableMs = options.stableMs ?? 60_000;
  let current = initial;
  let stopped = false;
  let restarts = 0;
  let attemptsInRow = 0;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;

  const describe = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `signal ${signal}` : `exit code ${code}`);

  function watch(child: ChildProcess): void {
    child.once("exit", (code, signal) => {
      if (stopped || child !== current) return;
      if (Date.now() - startedAt >= stableMs) attemptsInRow = 0;
      options.log("warn", `Embedded PostgreSQL (pid ${child.pid}) exited unexpectedly (${describe(code, signal)}); restarting it`);
      scheduleRestart();
    });
  }

  function scheduleRestart(): void {
    if (stopped) return;
    attemptsInRow++;
    if (attemptsInRow > maxAttempts) {
      const error = new Error(`Embedded PostgreSQL did not come back after ${maxAttempts} restart attempts`);
      options.log("warn", error.message);
      stopped = true;
      options.onGiveUp?.(error);
      return;
    }
    const delay = Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** (attemptsInRow - 1));
    timer = setTimeout(() => void restart(), delay);
    timer.unref();
  }

  async function restart(): Promise<void> {
    if (stopped) return;
    const attempt = attemptsInRow;
    try {
      const child = await options.spawn();
      if (stopped) {
        // Stopped while starting: do not leave this one behind.
        child.kill("SIGINT");
        return;
      }
      current = child;
      startedAt = Date.now();
      restarts++;
      watch(child);
      options.log("info", `Embedded PostgreSQL restarted (pid ${child.pid}, attempt ${attempt} of ${maxAttempts})`);
    } catch (error) {
      options.log("warn", `Restarting embedded PostgreSQL failed (attempt ${attempt} of ${maxAttempts}): ${(error as Error).message.split("\n")[0]}`);
      scheduleRestart();
    }
  }

  watch(initial);
  return {
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
