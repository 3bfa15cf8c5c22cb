/**
 * How a postgres.js client and its Drizzle instance are made (createDb), and the database types.
 * The app's own handle, configured from the environment, is server/db.ts: db/ takes settings as
 * arguments and never imports server/.
 */
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { withAcquireDeadline } from "./acquire-deadline";
import { withPreparedStatements } from "./prepared-statements";
import { createReachability, type Reachability } from "./reachability";
import { withReachability } from "./reachability-gate";
import * as schema from "./schema";

export type TDatabase = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };

export interface DbHandle {
  sql: postgres.Sql;
  db: TDatabase;
  /** Whether the database refused this client's connections a moment ago (db/reachability.ts). */
  reachability: Reachability;
}

export interface CreateDbOptions {
  max?: number;
  /** Server-side limit per statement (0 or unset: none); the app's pool sets DB_STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs?: number;
  /** Shown in pg_stat_activity, where the metrics count connections per process kind. */
  applicationName?: string;
  /** A query still without a connection after this long fails (503) instead of waiting (acquire-deadline.ts). */
  acquireTimeoutMs?: number;
  /** A query with a connection but no answer after this long fails (503): the server hangs (acquire-deadline.ts). */
  responseTimeoutMs?: number;
  /** Named prepared statements for Drizzle's queries (db/prepared-statements.ts); on unless false. */
  preparedStatements?: boolean;
}

/** At most a quarter of a second (with jitter), starting near 10 ms. */
export function reconnectDelaySeconds(retries: number): number {
  return (0.5 + Math.random() / 2) * Math.min(0.25, 0.02 * 2 ** retries);
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Seconds. A database that is down refuses at once; one that does not answer (a dead host, a full
    // backlog) must fail the request in a few seconds with a 503, not after the 30 s default.
    connect_timeout: 3,
    idle_timeout: 30,
    // Seconds before a connection that failed tries again, after `retries` failures in a row. The
    // default grows to 10–20 s, and a closed connection keeps its delay after the database is back:
    // every query given to it waited past the acquire deadline (503s for 10+ s after a restart).
    // Attempts while the database refuses are already spaced by db/reachability.ts.
    backoff: reconnectDelaySeconds,
    connection: {
      application_name: options.applicationName ?? "rehearse",
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  const prepared = options.preparedStatements === false ? client : withPreparedStatements(client);
  // Refused while the database is down before a query waits for a connection (inside the deadline).
  const reachability = createReachability();
  const gated = withReachability(prepared, reachability);
  const sql = options.acquireTimeoutMs ? withAcquireDeadline(gated, options.acquireTimeoutMs, options.responseTimeoutMs) : gated;
  const db = drizzle(sql, { schema, casing: "snake_case" }) as TDatabase;
  return { sql, db, reachability };
}

export { schema };

/** A Drizzle transaction; domain functions that take `TDbOrTx` work inside or outside one. */
export type TTransaction = Parameters<Parameters<TDatabase["transaction"]>[0]>[0];
export type TDbOrTx = TDatabase | TTransaction;
