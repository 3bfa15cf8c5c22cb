/**
 * A query prepared once, run inside a transaction. Drizzle binds a prepared query to the handle it was
 * built on, and every transaction is a new handle, so a read inside one rebuilds its SQL each time: for
 * the interview view's joined select that is about 0.56 ms of CPU per build (three smaller selects
 * cost 0.33 ms; docs/performance.md, seventh session). This copies the prepared query with the
 * transaction's postgres.js client and logger instead; the SQL text, the result mapping and
 * postgres.js's server-side statement stay the same. It relies on drizzle-orm's postgres-js prepared
 * query keeping `client` and `logger` as fields (as transaction-executor.ts relies on the session's
 * client); complete's tests compare its answer with a fresh read outside any transaction.
 */
import type { TTransaction } from "@/db";
import { transactionSql } from "@/server/jobs/transaction-executor";

export function preparedOn<T extends object>(prepared: T, tx: TTransaction): T {
  if (!("client" in prepared) || !("logger" in prepared)) {
    throw new Error("Cannot move a prepared query to a transaction (drizzle-orm internals changed?)");
  }
  const logger: unknown = (tx as unknown as { session?: { logger?: unknown } }).session?.logger;
  const copy = Object.create(Object.getPrototypeOf(prepared) as object) as T;
  return Object.assign(copy, prepared, { client: transactionSql(tx), ...(logger ? { logger } : {}) });
}
