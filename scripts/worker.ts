/**
 * `npm run worker`: runs the job worker alone (sending email, later other background work), for
 * deployments that keep it out of the web process (RUN_WORKER_IN_WEB=false). SIGTERM or Ctrl+C lets
 * running jobs finish (up to 30 s) before the process exits.
 */
import { closeDb } from "@/db";
import { startBackgroundWorker } from "@/server/jobs/start-background-worker";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const env = loadEnvOrExit();
  const database = await prepareDatabase(env);
  onShutdown(() => database.stop());
  // The worker may start before any web process on a fresh database; migrations are idempotent and locked.
  await migrateAndSeed(database.url, { seed: false });
  onShutdown(closeDb);
  const worker = await startBackgroundWorker();
  // Registered last so it runs first: jobs finish before the database closes.
  onShutdown(() => worker.stop());
  say(`Job worker running${env.SMTP_URL ? "" : " (SMTP_URL is unset: emails stay in the dev mailbox)"}`);
});
