/** `npm run user:promote -- EMAIL`: make an existing account an admin. */
import { createDb } from "@/db";
import { promoteUser } from "@/server/accounts/ensure-admin";
import { fail, say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const email = process.argv[2];
  if (!email) fail("Usage: npm run user:promote -- someone@example.com");
  const database = await prepareDatabase(loadEnvOrExit());
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url, { seed: false });
  const { db, sql } = createDb(database.url, { max: 1 });
  try {
    const outcome = await promoteUser(db, email);
    say(outcome === "promoted" ? `${email} is now an admin` : `${email} was already an admin`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return "exit";
});
