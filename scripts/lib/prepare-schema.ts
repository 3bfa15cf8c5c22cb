import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { say } from "./console-log";

/** Migrations (under the advisory lock) and the idempotent seed, on a short-lived connection. */
export async function migrateAndSeed(url: string, options: { seed: boolean } = { seed: true }): Promise<void> {
  const { sql, db } = createDb(url, { max: 2 });
  try {
    await runMigrations(url);
    say("Database migrations are up to date");
    if (options.seed) {
      const { questions } = await runSeed(db);
      say(`Question bank: ${questions.inserted} added, ${questions.updated} updated, ${questions.unchanged} unchanged`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
