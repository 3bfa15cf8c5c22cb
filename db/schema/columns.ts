/**
 * Columns most tables share, so each table says only what is particular to it. Function
 * declarations (hoisted), because users.ts uses them and this file references users lazily.
 */
import { sql } from "drizzle-orm";
import { text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
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

/** The row's own id and its owning user: the first two columns of every per-user table. */
export function ownedRowColumns() {
  return { id: idColumn(), userId: ownerColumn() };
}

/** A user who acted (an admin, an author): the row outlives the account, the reference becomes null. */
export function formerUserColumn() {
  return uuid().references(() => users.id, { onDelete: "set null" });
}

/** A moment (timestamptz); nullable until chained with notNull(). */
export function momentColumn() {
  return timestamp({ withTimezone: true });
}

/** A required moment that defaults to now (created, updated, started, last seen). */
export function nowColumn() {
  return momentColumn().notNull().defaultNow();
}

/** When the row was written (timestamptz, now by default). */
export function createdAtColumn() {
  return nowColumn();
}

/** When the row was written and last changed: the last two columns of every editable table. */
export function timestampColumns() {
  return { createdAt: createdAtColumn(), updatedAt: nowColumn() };
}

/** A list of strings, empty by default (tags, flags, key points). */
export function textListColumn() {
  return text().array().notNull().default(sql`'{}'::text[]`);
}
