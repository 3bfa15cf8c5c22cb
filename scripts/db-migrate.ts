/** `npm run db:migrate`: apply the committed migrations (under the same advisory lock as start-up). */
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const database = await prepareDatabase(loadEnvOrExit());
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url, { seed: false });
  return "exit";
});
