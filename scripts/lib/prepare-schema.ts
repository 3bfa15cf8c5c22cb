import { createDb } from "@/db";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { ensureAdmin } from "@/server/accounts/ensure-admin";
import { getEnv } from "@/server/env";
import { say } from "./console-log";

/** Migrations (under the advisory lock) and the idempotent seed, on a short-lived connection. */
export async function migrateAndSeed(url: string, options: { seed: boolean } = { seed: true }): Promise<void> {
  const { sql, db } = createDb(url, { max: 2 });
  try {
    const applied = await runMigrations(url);
    say(applied === 0 ? "Database migrations are up to date" : `Applied ${applied} database migration${applied === 1 ? "" : "s"}`);
    if (options.seed) {
      const { questions, translations } = await runSeed(db);
      say(`Question bank: ${questions.inserted} added, ${questions.updated} updated, ${questions.unchanged} unchanged`);
      say(`Question translations: ${translations.inserted} added, ${translations.updated} updated, ${translations.unchanged} unchanged`);
    }
    const env = getEnv();
    if (env.ADMIN_EMAIL) {
      const outcome = await ensureAdmin(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
      if (outcome === "missing_password") say(`ADMIN_EMAIL ${env.ADMIN_EMAIL} has no account yet: set ADMIN_PASSWORD to create it`);
      else say(`Admin ${env.ADMIN_EMAIL}: ${outcome}`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
