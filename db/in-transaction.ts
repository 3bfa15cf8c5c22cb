/**
 * Runs `work` in a transaction: the caller's when `db` already is one, else a new one. Drizzle's
 * `tx.transaction()` opens a savepoint (SAVEPOINT + RELEASE: two more round trips) that only matters
 * to a caller that catches the inner error and carries on in the same transaction; the write paths
 * that call this (start, submit) are always inside withIdempotency's transaction, which rolls back
 * as a whole on any error, so the savepoint bought nothing there (docs/performance.md, issue #13).
 */
import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { TDbOrTx, TTransaction } from "./index";

export function isTransaction(db: TDbOrTx): db is TTransaction {
  return is(db, PgTransaction);
}

export function inTransaction<T>(db: TDbOrTx, work: (tx: TTransaction) => Promise<T>): Promise<T> {
  return isTransaction(db) ? work(db) : db.transaction(work);
}
