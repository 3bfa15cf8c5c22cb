import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAtColumn, momentColumn, nowColumn, ownerColumn } from "./columns";

/**
 * Signed-in browsers. The session JWT names its row (`sid`); the jwt callback looks the row up on
 * every request, so deleting it (sign-out, sign out everywhere, password change) ends that session
 * even for a copied cookie. `expiresAt` is the idle deadline: it slides forward on use, never past
 * `absoluteExpiresAt`. Expired rows are pruned at sign-in.
 */
export const browserSessions = pgTable(
  "browser_sessions",
  {
    /** The JWT's `sid` (a random UUID, kept as text so a malformed claim is just "not found"). */
    id: text().primaryKey(),
    userId: ownerColumn(),
    createdAt: createdAtColumn(),
    lastSeenAt: nowColumn(),
    expiresAt: momentColumn().notNull(),
    absoluteExpiresAt: momentColumn().notNull(),
  },
  (table) => [index("browser_sessions_user_idx").on(table.userId), index("browser_sessions_expires_idx").on(table.expiresAt)],
);

export type TBrowserSessionRow = typeof browserSessions.$inferSelect;
