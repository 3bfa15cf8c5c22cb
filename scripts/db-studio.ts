/** `npm run db:studio`: Drizzle Studio on the same database `npm start` uses (stop the app first when embedded). */
import { spawn } from "node:child_process";
import path from "node:path";
import { say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { onShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const database = await prepareDatabase(loadEnvOrExit());
  onShutdown(() => database.stop());
  say("Starting Drizzle Studio; press Ctrl+C to stop");
  const studio = spawn(path.join("node_modules", ".bin", "drizzle-kit"), ["studio"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  await new Promise((resolve) => studio.on("exit", resolve));
  return "exit";
});
