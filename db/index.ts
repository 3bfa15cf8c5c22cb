/**
 * The one postgres.js client of this process and its Drizzle instance.
 * DATABASE_URL comes from the environment; scripts/start.ts fills it with the embedded server's URL.
 */
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/server/env";
import * as schema from "./schema";

export type TDatabase = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };

interface DbHandle {
  sql: postgres.Sql;
  db: TDatabase;
}

// Survives Next.js dev hot reloads, which would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { rehearseDb?: DbHandle };

export function createDb(url: string, options: { max?: number } = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: 10,
    idle_timeout: 60,
  });
  const db = drizzle(sql, { schema, casing: "snake_case" }) as TDatabase;
  return { sql, db };
}

function handle(): DbHandle {
  if (!globalForDb.rehearseDb) {
    const url = getEnv().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start Rehearse with `npm start` (which runs an embedded PostgreSQL) or set DATABASE_URL.",
      );
    }
    globalForDb.rehearseDb = createDb(url);
  }
  return globalForDb.rehearseDb;
}

export function getDb(): TDatabase {
  return handle().db;
}

export function getSql(): postgres.Sql {
  return handle().sql;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.rehearseDb;
  globalForDb.rehearseDb = undefined;
  await current?.sql.end({ timeout: 5 });
}

export { schema };

/** A Drizzle transaction; domain functions that take `TDbOrTx` work inside or outside one. */
export type TTransaction = Parameters<Parameters<TDatabase["transaction"]>[0]>[0];
export type TDbOrTx = TDatabase | TTransaction;
