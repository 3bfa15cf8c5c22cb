import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Fixed-window counters shared by every process (key = "<bucket>:<subject>", e.g. "signup:ip:1.2.3.4").
 * Also holds consecutive sign-in failures per account and per IP for the growing delay.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  count: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Sign-in throttling: no attempt is checked before this moment. */
  blockedUntil: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
