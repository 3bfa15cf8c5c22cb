/**
 * Lets pg-boss insert a job inside a Drizzle transaction, so the job exists exactly when the change
 * that caused it commits (no job for a rolled-back signup, no lost email for a committed one).
 */
import type PgBoss from "pg-boss";
import type postgres from "postgres";
import type { TTransaction } from "@/db";

/**
 * drizzle-orm's postgres-js transaction runs every query through `session.client`, the postgres.js
 * TransactionSql bound to the transaction's connection. Drizzle marks it @internal and has no public
 * way to run SQL text with `$1…` placeholders, which is what pg-boss produces; queue.test.ts proves
 * this still commits and rolls back with the transaction, so a Drizzle upgrade that moves it fails there.
 */
export function transactionSql(tx: TTransaction): postgres.TransactionSql {
  const client: unknown = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (typeof client !== "function" || typeof (client as { unsafe?: unknown }).unsafe !== "function") {
    throw new Error("Cannot reach the postgres.js client of this Drizzle transaction (drizzle-orm internals changed?)");
  }
  return client as postgres.TransactionSql;
}

/**
 * pg-boss writes its values for the `pg` driver, which sends undefined as NULL, and Dates and
 * objects as text. postgres.js refuses undefined, and on a Drizzle client it sends json/jsonb and
 * timestamps as they are (Drizzle turns their serializers off to do that itself), so do what pg does.
 */
function asPgWould(value: unknown): postgres.ParameterOrJSON<never> {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && !Array.isArray(value) && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value as postgres.ParameterOrJSON<never>;
}

/**
 * pg-boss's `db` option over a postgres.js client: the app's, whose statements with parameters are
 * named prepared statements (db/prepared-statements.ts), where pg-boss's own pool (node-postgres)
 * sends each as an unnamed one that PostgreSQL parses and plans again. pg-boss's queries are few
 * fixed texts (fetch, complete, fail, insert), so the statement cache stays small. Its rows come
 * back with timestamps as text (Drizzle's parsers on that client), which the queue code reads with
 * `new Date(...)` either way.
 */
export function sqlExecutor(sql: postgres.Sql | postgres.TransactionSql): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const result = await sql.unsafe(text, values.map(asPgWould));
      return { rows: Array.from(result) };
    },
  };
}

/** pg-boss's `db` option over the transaction's connection. */
export function transactionExecutor(tx: TTransaction): PgBoss.Db {
  return sqlExecutor(transactionSql(tx));
}
