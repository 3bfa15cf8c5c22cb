import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { tokenFamilies, users, type TUserRow } from "@/db/schema";

/**
 * Checks on every request that a session (or API token) is still good: the user exists, is
 * active, and the session version it was issued under is current. The one browser session named
 * as keeper (it changed the password itself) may move up to the new version.
 */
export async function loadSessionUser(
  db: TDatabase,
  claims: { userId: string; sessionVersion: number; sid?: string | null },
): Promise<TUserRow | null> {
  const [user] = await db.select().from(users).where(eq(users.id, claims.userId));
  if (!user || user.status !== "active") return null;
  if (user.sessionVersion === claims.sessionVersion) return user;
  if (claims.sid && user.sessionKeeperSid === claims.sid && user.sessionVersion > claims.sessionVersion) return user;
  return null;
}

/** An API access token is good while its user is and its refresh-token family is not revoked. */
export async function loadTokenUser(
  db: TDatabase,
  claims: { userId: string; sessionVersion: number; familyId: string },
): Promise<TUserRow | null> {
  const [row] = await db
    .select({ user: users, familyRevokedAt: tokenFamilies.revokedAt })
    .from(users)
    .innerJoin(tokenFamilies, eq(tokenFamilies.userId, users.id))
    .where(eq(tokenFamilies.id, claims.familyId));
  if (!row || row.user.id !== claims.userId || row.familyRevokedAt) return null;
  if (row.user.status !== "active" || row.user.sessionVersion !== claims.sessionVersion) return null;
  return row.user;
}
