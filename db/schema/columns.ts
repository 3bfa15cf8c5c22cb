/**
 * Columns most tables share, so each table says only what is particular to it. Function
 * declarations (hoisted), because users.ts uses them and this file references users lazily.
 */
import { timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./users";

/** A random UUID primary key. */
export function idColumn() {
  return uuid().primaryKey().defaultRandom();
}

/** A required reference to the row this one belongs to; deleting that row deletes this one. */
export function parentColumn(parentId: () => AnyPgColumn) {
  return uuid().notNull().references(parentId, { onDelete: "cascade" });
}

/** The owning user: required, and the row goes with the account. */
export function ownerColumn() {
  return parentColumn(() => users.id);
}

/** When the row was written (timestamptz, now by default). */
export function createdAtColumn() {
  return timestamp({ withTimezone: true }).notNull().defaultNow();
}
