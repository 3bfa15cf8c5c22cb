/**
 * The one postgres.js client of this process and its Drizzle instance, configured from the
 * environment (DATABASE_URL: scripts/start.ts fills it with the embedded server's URL).
 */
import os from "node:os";
import type postgres from "postgres";
import { createDb, type DbHandle, type TDatabase } from "@/db";
import { defaultPoolMax } from "@/db/pool-size";
import { getEnv } from "./env";

// Survives Next.js dev hot reloads, which would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { rehearseDb?: DbHandle };

/** Pool size of the app's own client (this file's handle): DB_POOL_MAX, else from the cores. Metrics report usage against it. */
/** How long past the statement timeout a query on a silent server is still waited for. */
const RESPONSE_MARGIN_MS = 2_000;

export function appPoolMax(): number {
  return getEnv().DB_POOL_MAX ?? defaultPoolMax(os.availableParallelism());
}

function handle(): DbHandle {
  if (!globalForDb.rehearseDb) {
    const url = getEnv().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start Rehearse with `npm start` (which runs an embedded PostgreSQL) or set DATABASE_URL.",
      );
    }
    globalForDb.rehearseDb = createDb(url, {
      statementTimeoutMs: getEnv().DB_STATEMENT_TIMEOUT_MS,
      max: appPoolMax(),
      // DB_ACQUIRE_TIMEOUT_MS (default 4 s): above connect_timeout, so an unanswered connect reports its own CONNECT_TIMEOUT first.
      acquireTimeoutMs: getEnv().DB_ACQUIRE_TIMEOUT_MS,
      // A server that hangs never sends its statement timeout: a query without an answer a little
      // after it (the margin covers the round trip) is given up with a 503 (db/acquire-deadline.ts).
      responseTimeoutMs: getEnv().DB_STATEMENT_TIMEOUT_MS + RESPONSE_MARGIN_MS,
      preparedStatements: getEnv().DB_PREPARED_STATEMENTS,
    });
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
