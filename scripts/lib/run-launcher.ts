import { isKnownDriverSocketFault } from "@/db/driver-faults";
import { EmbeddedPostgresError } from "@/db/embedded";
import { fail, say } from "./console-log";
import { launchProblem } from "./launch-error";

type Cleanup = () => Promise<void>;

const cleanups: Cleanup[] = [];
let shuttingDown = false;

/** Registers work to undo on exit (stop the server, the embedded database…), run in reverse order. */
export function onShutdown(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

/** A forked web or worker process (it has an IPC channel): only the top-level launcher talks to the terminal. */
const isTopLevel = !process.send;

/**
 * A second signal this soon after the first is the same request delivered twice, not a person pressing
 * Ctrl+C again: a terminal signals the whole process group, and the wrappers above this process (tsx's
 * CLI, npm) relay the signal to it as well, tens of milliseconds later. Cutting the drain short on that
 * copy skipped the clean stop.
 */
export const REPEAT_SIGNAL_GRACE_MS = 1_000;
let firstSignalAt: number | undefined;

function onSignal(code: number, signal: NodeJS.Signals): void {
  if (shuttingDown && firstSignalAt !== undefined && Date.now() - firstSignalAt < REPEAT_SIGNAL_GRACE_MS) return;
  firstSignalAt ??= Date.now();
  void shutdown(code, signal);
}

async function shutdown(code: number, signal?: NodeJS.Signals): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    if (signal && isTopLevel) say(stoppingMessage(signal));
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => process.stderr.write(`[rehearse] cleanup failed: ${String(error)}\n`));
    }
    if (signal && isTopLevel) say("Stopped");
  }
  process.exit(code);
}

/** What the launcher says when a signal asks it to stop, so nobody takes the drain for a hang. */
export function stoppingMessage(signal: NodeJS.Signals): string {
  const again = signal === "SIGINT" ? "; Ctrl+C again stops at once" : "";
  return `${signal}: stopping (in-flight requests and running jobs finish first, then the database${again})…`;
}

/**
 * Starts the same clean shutdown a signal does, once (a web process asked by the cluster's primary
 * to drain). Unlike a second Ctrl+C, a repeated request does not cut the shutdown short.
 */
export function requestShutdown(code = 0): void {
  if (!shuttingDown) void shutdown(code);
}

/** Runs a launcher's main function with clean shutdown on signals and readable fatal errors. */
export function runLauncher(main: () => Promise<void | "exit">): void {
  process.on("SIGINT", () => onSignal(130, "SIGINT"));
  process.on("SIGTERM", () => onSignal(143, "SIGTERM"));
  // A closed terminal: stop as cleanly as on Ctrl+C (the embedded database runs in its own process
  // group and would otherwise outlive the launcher). Only with a terminal on stdin: `nohup npm start`
  // (stdin redirected) ignores SIGHUP on purpose, and a handler here would undo that.
  if (process.stdin.isTTY) process.on("SIGHUP", () => onSignal(129, "SIGHUP"));
  process.on("uncaughtException", (error) => {
    if (isKnownDriverSocketFault(error)) {
      // See db/driver-faults.ts: a known postgres.js fault after a database restart; the pool reconnects.
      process.stderr.write(`[rehearse] database connection lost mid-write (postgres.js fault, tolerated): ${error.message}\n`);
      return;
    }
    process.stderr.write(`[rehearse] fatal: ${error.stack ?? String(error)}\n`);
    // Stop cleanly (the job worker, the embedded database) rather than leave an orphaned postmaster.
    void shutdown(1);
  });
  main().then(
    (result) => {
      if (result === "exit") void shutdown(0);
    },
    async (error: unknown) => {
      const message =
        error instanceof EmbeddedPostgresError
          ? error.message
          : (launchProblem(error) ?? (error instanceof Error ? (error.stack ?? error.message) : String(error)));
      if (!shuttingDown) {
        shuttingDown = true;
        for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
      }
      // Said outright: the last line of a refused start must not read like one more step of it.
      fail(`Stopped: ${message}`);
    },
  );
}
