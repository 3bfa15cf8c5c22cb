/**
 * `npm start`: from a fresh clone after `npm install`, with no configuration —
 * validate the environment, start (or connect to) the database, build when the build is missing
 * or stale, migrate, seed, and serve on PORT: WEB_CONCURRENCY web processes (one per core by
 * default) sharing the port, plus the job worker once, in this process (RUN_WORKER_IN_WEB).
 * SIGTERM or Ctrl+C: the web processes stop accepting and finish in-flight requests (up to 10 s),
 * running jobs finish, the pool closes, and the embedded PostgreSQL stops last.
 */
Object.assign(process.env, { NODE_ENV: "production" });

import os from "node:os";
import path from "node:path";
import { closeDb } from "@/server/db";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { mailNotice } from "./lib/mail-notice";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, requestShutdown, runLauncher } from "./lib/run-launcher";
import { serveNext } from "./lib/serve";
import { startWebCluster } from "./lib/web-cluster";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";

runLauncher(async () => {
  const started = Date.now();
  const env = loadEnvOrExit();
  ensureAuthSecret(env);
  const database = await prepareDatabase(env);
  onShutdown(() => database.stop());
  buildIfNeeded();
  await migrateAndSeed(database.url);
  // Shutdown runs in reverse order of registration: web processes drain, then jobs finish, then the pool closes.
  onShutdown(closeDb);
  if (env.RUN_WORKER_IN_WEB) {
    const worker = await startBackgroundWorker();
    onShutdown(() => worker.stop());
  } else if (!env.DATABASE_URL) {
    // `npm run worker` cannot open this process's embedded database (DATA_DIR is in use), so nothing
    // would ever score an answer or send an email: say so instead of leaving answers pending.
    say(
      `RUN_WORKER_IN_WEB=false: no job worker in this process. With the embedded database \`npm run worker\` cannot start beside it, so answers stay pending; run the worker here (unset RUN_WORKER_IN_WEB) or point both at an external PostgreSQL with DATABASE_URL.`,
    );
  }
  const processes = env.WEB_CONCURRENCY ?? os.availableParallelism();
  if (processes === 1) {
    const server = await serveNext({ dev: false, port: env.PORT });
    onShutdown(() => server.close());
  } else {
    const web = await startWebCluster({
      exec: path.resolve("scripts/lib/web-process.ts"),
      count: processes,
      log: say,
      onGiveUp: (reason) => {
        say(`Stopping: ${reason}`);
        requestShutdown(1);
      },
    });
    onShutdown(() => web.stop());
  }
  const shape = processes === 1 ? "1 web process" : `${processes} web processes`;
  const notice = mailNotice(loadEnvOrExit());
  if (notice) say(notice);
  say(`Rehearse is running at ${loadEnvOrExit().APP_URL} (${shape}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
});
