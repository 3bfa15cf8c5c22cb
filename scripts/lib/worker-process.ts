/**
 * The job worker process of `npm run worker`, forked and kept running by scripts/worker.ts after it
 * has prepared the database and migrated: it only works the queues. On the supervisor's request (or
 * a signal, or the supervisor vanishing) it stops taking jobs, lets running ones finish, and exits.
 */
import { closeDb } from "@/server/db";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";
import { loadEnvOrExit } from "./load-env";
import { reportReadyToSupervisor } from "./process-supervisor";
import { onShutdown, requestShutdown, runLauncher } from "./run-launcher";

runLauncher(async () => {
  loadEnvOrExit();
  onShutdown(closeDb);
  const worker = await startBackgroundWorker();
  // Registered last so it runs first: jobs finish before the pool closes.
  onShutdown(() => worker.stop());
  reportReadyToSupervisor(requestShutdown);
});
