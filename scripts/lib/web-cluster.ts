/**
 * Several web processes on one port (node:cluster). The primary (the launcher) has already done
 * the once-only work: database, build, migrations, seed. It forks the web processes, replaces one
 * that crashes (a few times a minute at most, then it gives up and stops the app), and on
 * shutdown asks each to drain: stop accepting, finish in-flight requests, close its pool.
 * Connections are spread by the primary (round-robin), so rate limits, sessions and the queue,
 * which all live in Postgres, are shared as they would be across machines.
 */
import cluster, { type Worker } from "node:cluster";
import { closeDb } from "@/server/db";
import { installMetricsAggregator } from "@/server/metrics/cluster";
import { RestartBudget } from "./restart-budget";
import { onShutdown, requestShutdown, runLauncher } from "./run-launcher";
import { DRAIN_TIMEOUT_MS, type RunningServer } from "./web-server";

/** A web process that does not exit this long after being asked to drain is killed. */
const EXIT_GRACE_MS = DRAIN_TIMEOUT_MS + 5_000;
const MAX_RESTARTS_PER_MINUTE = 5;

export const SHUTDOWN_MESSAGE = "rehearse:shutdown";

export interface WebCluster {
  pids(): number[];
  /** Asks every web process to drain and waits for them to exit (killing any that overrun). */
  stop(): Promise<void>;
}

export interface WebClusterOptions {
  /** The web process's entry file. */
  exec: string;
  count: number;
  log: (message: string) => void;
  /** Called when web processes keep crashing: the launcher stops the app. */
  onGiveUp: (reason: string) => void;
}

function waitForExit(worker: Worker, timeoutMs: number): Promise<void> {
  if (worker.isDead()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => worker.process.kill("SIGKILL"), timeoutMs);
    worker.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Forks the web processes and resolves once every one of them is listening. */
export async function startWebCluster(options: WebClusterOptions): Promise<WebCluster> {
  cluster.setupPrimary({ exec: options.exec, args: [] });
  // A scrape of /api/metrics reaches one web process; the primary sums every process's metrics for it.
  installMetricsAggregator();
  const workers = new Set<Worker>();
  const restarts = new RestartBudget(MAX_RESTARTS_PER_MINUTE);
  let stopping = false;

  const fork = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork();
      workers.add(worker);
      let listening = false;
      worker.once("listening", () => {
        listening = true;
        resolve();
      });
      worker.once("exit", (code, signal) => {
        workers.delete(worker);
        // One that never got ready fails the start (a bad port, a broken build): restarting would not help.
        if (!listening) return reject(new Error(`a web process exited before it was ready (${signal ?? `code ${code}`})`));
        if (stopping) return;
        if (!restarts.take()) {
          options.onGiveUp(`web processes crashed ${restarts.recent} times within a minute`);
          return;
        }
        options.log(`Web process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
        fork().catch(() => {});
      });
    });

  try {
    await Promise.all(Array.from({ length: options.count }, fork));
  } catch (error) {
    stopping = true;
    for (const worker of workers) worker.process.kill("SIGKILL");
    throw error;
  }
  return {
    pids: () => [...workers].map((worker) => worker.process.pid!).filter(Boolean),
    stop: async () => {
      stopping = true;
      const running = [...workers];
      for (const worker of running) {
        if (worker.isConnected()) worker.send(SHUTDOWN_MESSAGE);
        else worker.process.kill("SIGTERM");
      }
      await Promise.all(running.map((worker) => waitForExit(worker, EXIT_GRACE_MS)));
    },
  };
}

/**
 * The body of a forked web process: serve, and on the primary's request (or a signal, or the
 * primary vanishing) drain the server, then close the database pool.
 */
export function runAsWebProcess(serve: () => Promise<RunningServer>): void {
  runLauncher(async () => {
    const server = await serve();
    onShutdown(closeDb);
    onShutdown(() => server.close());
    process.on("message", (message) => {
      if (message === SHUTDOWN_MESSAGE) requestShutdown(0);
    });
    process.on("disconnect", () => requestShutdown(0));
  });
}
