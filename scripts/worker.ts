/**
 * `npm run worker`: runs the job worker alone (sending email, scoring, the periodic sweeps), for
 * deployments that keep it out of the web process (RUN_WORKER_IN_WEB=false). This process prepares
 * the database (embedded or DATABASE_URL) and migrations once, then supervises the worker process
 * (scripts/lib/worker-process.ts): a worker that crashes is logged and started again (a few times a
 * minute at most, then this stops with exit code 1 for a process manager to see). SIGTERM or Ctrl+C
 * lets running jobs finish (up to 30 s) before the worker, then this process, exits.
 */
// Production unless NODE_ENV says otherwise, like the `npm start` it runs beside: in development mode it
// claimed emails could be read in the dev mailbox, which the production web processes do not serve.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });

import path from "node:path";
import { ensureAuthSecret } from "./lib/auth-secret";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { mailNotice } from "./lib/mail-notice";
import { migrateAndSeed } from "./lib/prepare-schema";
import { superviseProcess } from "./lib/process-supervisor";
import { onShutdown, requestShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const env = loadEnvOrExit();
  // Reminder emails carry unsubscribe links signed with AUTH_SECRET: the same secret as the web's (the
  // one generated in DATA_DIR locally), and on an external database a missing one stops start-up now.
  ensureAuthSecret(env);
  const database = await prepareDatabase(env);
  onShutdown(() => database.stop());
  // The worker may start before any web process on a fresh database; migrations are idempotent and locked.
  await migrateAndSeed(database.url, { seed: false });
  // Read again: prepareDatabase marks an embedded database, which decides whether the dev mailbox is on.
  const notice = mailNotice(loadEnvOrExit());
  if (notice) say(notice);
  // prepareDatabase put DATABASE_URL in process.env: the worker process reaches the same database.
  const worker = await superviseProcess({
    exec: path.resolve("scripts/lib/worker-process.ts"),
    name: "Job worker",
    log: say,
    onGiveUp: (reason) => {
      say(`Stopping: ${reason}`);
      requestShutdown(1);
    },
  });
  // Registered last so it runs first: jobs finish before the database stops.
  onShutdown(() => worker.stop());
});
