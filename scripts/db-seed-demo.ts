/**
 * `npm run db:seed:demo`: demo accounts for trying Rehearse locally. Refuses to run in production
 * (NODE_ENV=production with an external database), so demo users never reach a real deployment.
 */
import { createDb } from "@/db";
import { DEMO_PASSWORD, seedDemoUsers } from "@/db/seed/demo-users";
import { hashPassword } from "@/server/auth/password-hash";
import { fail, say } from "./lib/console-log";
import { prepareDatabase } from "./lib/database";
import { loadEnvOrExit } from "./lib/load-env";
import { migrateAndSeed } from "./lib/prepare-schema";
import { onShutdown, runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  const env = loadEnvOrExit();
  if (env.NODE_ENV === "production" && env.DATABASE_URL) fail("db:seed:demo never runs in production.");
  const database = await prepareDatabase(env);
  onShutdown(() => database.stop());
  await migrateAndSeed(database.url);
  const { db, sql } = createDb(database.url, { max: 1 });
  try {
    for (const line of await seedDemoUsers(db, await hashPassword(DEMO_PASSWORD))) say(line);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return "exit";
});
