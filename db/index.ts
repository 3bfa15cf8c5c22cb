/**
 * The one postgres.js client of this process and its Drizzle instance.
 * DATABASE_URL comes from the environment; scripts/start.ts fills it with the embedded server's URL.
 */
import os from "node:os";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { withAcquireDeadline } from "./acquire-deadline";
import { withPreparedStatements } from "./prepared-statements";
import { defaultPoolMax } from "./pool-size";
import { getEnv } from "@/server/env";
import * as schema from "./schema";

export type TDatabase = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };

interface DbHandle {
  sql: postgres.Sql;
  db: TDatabase;
}

// Survives Next.js dev hot reloads, which would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { rehearseDb?: DbHandle };

/** Pool size of the app's own client (this file's handle): DB_POOL_MAX, else from the cores. Metrics report usage against it. */
export function appPoolMax(): number {
  return getEnv().DB_POOL_MAX ?? defaultPoolMax(os.availableParallelism());
}

export interface CreateDbOptions {
  max?: number;
  /** Server-side limit per statement (0 or unset: none); the app's pool sets DB_STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs?: number;
  /** Shown in pg_stat_activity, where the metrics count connections per process kind. */
  applicationName?: string;
  /** A query still without a connection after this long fails (503) instead of waiting (acquire-deadline.ts). */
  acquireTimeoutMs?: number;
  /** Named prepared statements for Drizzle's queries (db/prepared-statements.ts); on unless false. */
  preparedStatements?: boolean;
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Seconds. A database that is down refuses at once; one that does not answer (a dead host, a full
    // backlog) must fail the request in a few seconds with a 503, not after the 30 s default.
    connect_timeout: 3,
    idle_timeout: 30,
    connection: {
      application_name: options.applicationName ?? "rehearse",
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  const prepared = options.preparedStatements === false ? client : withPreparedStatements(client);
  const sql = options.acquireTimeoutMs ? withAcquireDeadline(prepared, options.acquireTimeoutMs) : prepared;
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
    globalForDb.rehearseDb = createDb(url, {
      statementTimeoutMs: getEnv().DB_STATEMENT_TIMEOUT_MS,
      max: appPoolMax(),
      // DB_ACQUIRE_TIMEOUT_MS (default 4 s): above connect_timeout, so an unanswered connect reports its own CONNECT_TIMEOUT first.
      acquireTimeoutMs: getEnv().DB_ACQUIRE_TIMEOUT_MS,
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

export { schema };

/** A Drizzle transaction; domain functions that take `TDbOrTx` work inside or outside one. */
export type TTransaction = Parameters<Parameters<TDatabase["transaction"]>[0]>[0];
export type TDbOrTx = TDatabase | TTransaction;
