/**
 * Keeps one child process running, as the web cluster keeps its web processes: the child says
 * "ready" over IPC once it works; when it exits without being asked, it is logged and started again
 * (after a short pause that grows while it keeps failing, at most `maxRestartsPerMinute` a minute,
 * then the supervisor gives up and the launcher stops). stop() asks the child to drain (the same
 * shutdown message the web processes get), waits for it, and kills it only if it overruns.
 * `npm run worker` runs the job worker this way, so a crash (a driver fault, out of memory, a
 * SIGKILL) costs a restart, not the queue.
 */
import { fork, type ChildProcess } from "node:child_process";
import { RestartBudget } from "./restart-budget";

export const SUPERVISED_READY_MESSAGE = "rehearse:ready";
export const SUPERVISED_SHUTDOWN_MESSAGE = "rehearse:shutdown";

export interface SupervisorOptions {
  /** The child's entry file (run with this process's execArgv, so TypeScript via tsx works). */
  exec: string;
  /** What the child is, in log lines: "Job worker". */
  name: string;
  log: (message: string) => void;
  /** Called when the child keeps crashing: the launcher stops. */
  onGiveUp: (reason: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Node options of the child; default this process's own (tsx's loader included). */
  execArgv?: string[];
  maxRestartsPerMinute?: number;
  /** Pause before the first restart; doubles with each restart in the current minute (up to 10 s). */
  restartDelayMs?: number;
  /** How long a draining child may take before it is killed. */
  stopGraceMs?: number;
}

export interface SupervisedProcess {
  /** The running child's pid (undefined between a crash and its replacement). */
  pid(): number | undefined;
  /** Restarts so far (crashes replaced). */
  readonly restarts: number;
  /** Asks the child to drain and waits for it to exit (killing it after the grace period). */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, graceMs: number): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts the child and resolves once it is ready; rejects when the first start fails. */
export async function superviseProcess(options: SupervisorOptions): Promise<SupervisedProcess> {
  const budget = new RestartBudget(options.maxRestartsPerMinute ?? 5);
  const baseDelayMs = options.restartDelayMs ?? 1000;
  const graceMs = options.stopGraceMs ?? 35_000;
  let current: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let pending: NodeJS.Timeout | undefined;

  const start = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = fork(options.exec, [], { env: options.env ?? process.env, execArgv: options.execArgv ?? process.execArgv, stdio: "inherit" });
      current = child;
      let ready = false;
      child.on("message", (message) => {
        if (message !== SUPERVISED_READY_MESSAGE || ready) return;
        ready = true;
        options.log(`${options.name} running (process ${child.pid})`);
        resolve();
      });
      child.once("exit", (code, signal) => {
        if (current === child) current = undefined;
        const how = signal ?? `code ${code}`;
        if (stopping) return;
        if (!ready) reject(new Error(`${options.name} process exited before it was ready (${how})`));
        if (!budget.take()) {
          options.onGiveUp(`${options.name} process exited ${budget.recent} times within a minute`);
          return;
        }
        restarts += 1;
        const delayMs = Math.min(10_000, baseDelayMs * 2 ** (budget.recent - 1));
        options.log(`${options.name} process ${child.pid} exited (${how}); starting another in ${(delayMs / 1000).toFixed(1)} s`);
        pending = setTimeout(() => {
          pending = undefined;
          // A replacement that fails before it is ready is one more crash, handled by its own exit.
          if (!stopping) start().catch(() => {});
        }, delayMs);
      });
    });

  await start();
  return {
    pid: () => current?.pid,
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      clearTimeout(pending);
      const child = current;
      if (!child || exited(child)) return;
      if (child.connected) child.send(SUPERVISED_SHUTDOWN_MESSAGE);
      else child.kill("SIGTERM");
      await waitForExit(child, graceMs);
    },
  };
}

/**
 * The child's side: tells the supervisor it is ready, and drains (the launcher's clean shutdown) when
 * asked or when the supervisor is gone. Call after the child's work has started.
 */
export function reportReadyToSupervisor(requestShutdown: (code: number) => void): void {
  process.on("message", (message) => {
    if (message === SUPERVISED_SHUTDOWN_MESSAGE) requestShutdown(0);
  });
  process.on("disconnect", () => requestShutdown(0));
  process.send?.(SUPERVISED_READY_MESSAGE);
}
