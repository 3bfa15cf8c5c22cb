import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { momentColumn, nowColumn } from "./columns";

/**
 * Fixed-window counters shared by every process (key = "<bucket>:<subject>", e.g. "signup:ip:1.2.3.4").
 * Also holds consecutive sign-in failures per account and per IP for the growing delay.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  count: integer().notNull().default(0),
  windowStartedAt: nowColumn(),
  /** Sign-in throttling: no attempt is checked before this moment. */
  blockedUntil: momentColumn(),
  updatedAt: nowColumn(),
});
