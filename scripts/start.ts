/**
 * `npm start`: from a fresh clone after `npm install`, with no configuration —
 * validate the environment, start (or connect to) the database, build when the build is missing
 * or stale, migrate, seed, and serve on PORT.
 */
Object.assign(process.env, { NODE_ENV: "production" });

import { closeDb } from "@/db";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";
import { serveNext } from "./lib/serve";
import { startBackgroundWorker } from "@/server/jobs/start-background-worker";

runLauncher(async () => {
  const started = Date.now();
  const env = loadEnvOrExit();
  ensureAuthSecret(env);
  const database = await prepareDatabase(env);
  onShutdown(() => database.stop());
  buildIfNeeded();
  await migrateAndSeed(database.url);
  const server = await serveNext({ dev: false, port: env.PORT });
  onShutdown(closeDb);
  onShutdown(() => server.close());
  if (env.RUN_WORKER_IN_WEB) {
    // Registered after closeDb: shutdown runs in reverse, so running jobs finish before the pool closes.
    const worker = await startBackgroundWorker();
    onShutdown(() => worker.stop());
  }
  say(`Rehearse is running at ${loadEnvOrExit().APP_URL} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
});
