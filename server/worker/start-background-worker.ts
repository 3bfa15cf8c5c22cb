/**
 * server/worker is the wiring above the domains: which domain function runs each queue's jobs. The
 * queue itself (server/jobs) knows no domain, so domains enqueue through it without an import cycle.
 *
 * Runs every queue's jobs in this process: called by `npm run worker` (scripts/worker.ts), and by
 * `npm start` when RUN_WORKER_IN_WEB is true. Call stop() before closing the database, since
 * running jobs use it while they finish.
 */
import { jobHandlers } from "./job-handlers";
import { startWorker, type RunningWorker } from "@/server/jobs/worker";

export function startBackgroundWorker(): Promise<RunningWorker> {
  return startWorker({ handlers: jobHandlers() });
}
