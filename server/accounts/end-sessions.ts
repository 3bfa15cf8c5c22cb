import { eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { users } from "@/db/schema";
import { endBrowserSessionsOfUser } from "@/server/auth/browser-sessions";
import { revokeAllTokenFamilies } from "@/server/auth/tokens/refresh-tokens";

/**
 * Ends every browser session and API token of a user: deletes their browser-session rows, bumps the
 * session version (both checked on each request) and revokes all refresh-token families. `keepSid`
 * names the one browser session that may carry over (the one that just changed the password); null
 * ends them all.
 */
export async function endAllSessions(db: TDbOrTx, userId: string, reason: string, keepSid: string | null = null): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, sessionKeeperSid: keepSid, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  await endBrowserSessionsOfUser(db, userId, keepSid);
  await revokeAllTokenFamilies(db, userId, reason);
}
