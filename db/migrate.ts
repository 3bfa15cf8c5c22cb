/**
 * Applies the committed migrations under a Postgres advisory lock, so parallel starts
 * (several web processes, a worker, a test run) never race: the second waits, then finds nothing to do.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/** Any fixed 64-bit number works; this one is ours alone. */
const MIGRATION_LOCK_ID = 724_173_365_001;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies what is missing and returns how many migrations that was (0: the schema was up to date). */
export async function runMigrations(databaseUrl: string): Promise<number> {
  // One connection: the advisory lock belongs to a session, so every statement must use the same one.
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { casing: "snake_case" });
  // drizzle-orm's migrator records each applied migration as a row of this table (created on first use).
  const appliedCount = async () => {
    const [table] = await db.execute<{ name: string | null }>(sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`);
    if (!table?.name) return 0;
    const [row] = await db.execute<{ count: number }>(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
    return row?.count ?? 0;
  };
  try {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      const before = await appliedCount();
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      return (await appliedCount()) - before;
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
