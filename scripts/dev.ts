/** `npm run dev`: the same start-up as `npm start`, with Next's dev server (hot reload) instead of a build. */
Object.assign(process.env, { NODE_ENV: "development" });

import { closeDb } from "@/server/db";
import { ensureAuthSecret } from "./lib/auth-secret";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { mailNotice } from "./lib/mail-notice";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";
import { serveNext } from "./lib/serve";
import { startBackgroundWorker } from "@/server/worker/start-background-worker";

runLauncher(async () => {
  const env = loadEnvOrExit();
  ensureAuthSecret(env);
  const database = await prepareDatabase(env);
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url);
  const server = await serveNext({ dev: true, port: env.PORT });
  onShutdown(closeDb);
  onShutdown(() => server.close());
  if (env.RUN_WORKER_IN_WEB) {
    // Registered after closeDb: shutdown runs in reverse, so running jobs finish before the pool closes.
    const worker = await startBackgroundWorker();
    onShutdown(() => worker.stop());
  }
  // Said by npm start and npm run worker too: where the sign-up verification email can be read.
  const notice = mailNotice(loadEnvOrExit());
  if (notice) say(notice);
  say(`Rehearse (dev) is running at ${loadEnvOrExit().APP_URL}`);
});
