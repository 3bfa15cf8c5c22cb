/**
 * Whether a row is gone, asked after a write failed: a deletion that raced the write (an account's, an
 * interview's) explains the failure, and the caller can answer for that instead of a 500 or a retry.
 * A failed look-up says "not gone", so the original error is what gets reported.
 */
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { TDatabase } from "./index";

export async function isRowGone(db: TDatabase, table: PgTable & { id: PgColumn }, id: string): Promise<boolean> {
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, id)).catch(() => null);
  return rows !== null && rows.length === 0;
}
