/** `npm run db:seed`: migrate, then seed the question bank (idempotent: safe to run any number of times). */
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const database = await prepareDatabase(loadEnvOrExit());
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url);
  return "exit";
});
