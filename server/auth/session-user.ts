import { and, eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { browserSessions, tokenFamilies, users, type TUserRow } from "@/db/schema";
import { needsRenewal, renewBrowserSession } from "./browser-sessions";

function sessionUserQuery(db: TDatabase) {
  return db
    .select({ user: users, expiresAt: browserSessions.expiresAt, absoluteExpiresAt: browserSessions.absoluteExpiresAt })
    .from(users)
    .leftJoin(browserSessions, and(eq(browserSessions.id, sql.placeholder("sid")), eq(browserSessions.userId, users.id)))
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("load_session_user");
}

// Every signed-in web request runs this query: Drizzle builds its SQL once per database handle, not per request.
const sessionUserQueries = new WeakMap<TDatabase, ReturnType<typeof sessionUserQuery>>();

/**
 * Checks on every request that a browser session is still good: its row in browser_sessions exists
 * and is not idle-expired (sign-out deletes it), the user exists and is active, and the session version
 * it was issued under is current. The one browser session named as keeper (it changed the password
 * itself) may move up to the new version. One query (users by id, left join the session by id); the
 * idle deadline is renewed at most once an hour.
 */
export async function loadSessionUser(
  db: TDatabase,
  claims: { userId: string; sessionVersion: number; sid?: string | null },
  now: Date = new Date(),
): Promise<TUserRow | null> {
  if (!claims.sid) return null;
  let query = sessionUserQueries.get(db);
  if (!query) sessionUserQueries.set(db, (query = sessionUserQuery(db)));
  const [row] = await query.execute({ sid: claims.sid, userId: claims.userId });
  if (!row?.expiresAt || !row.absoluteExpiresAt || row.expiresAt <= now) return null;
  const { user, expiresAt, absoluteExpiresAt } = row;
  if (user.status !== "active") return null;
  const versionOk =
    user.sessionVersion === claims.sessionVersion ||
    (user.sessionKeeperSid === claims.sid && user.sessionVersion > claims.sessionVersion);
  if (!versionOk) return null;
  if (needsRenewal({ expiresAt, absoluteExpiresAt }, now)) await renewBrowserSession(db, claims.sid, now);
  return user;
}

/** The user's columns a REST request needs (who calls, and whether the token still stands): not the whole row. */
const tokenUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  sessionVersion: users.sessionVersion,
};
export type TTokenUser = Pick<TUserRow, keyof typeof tokenUserColumns>;

function tokenUserQuery(db: TDatabase) {
  return db
    // Six columns, not the row's 25 (four timestamps parsed into Dates, the password hash): every REST request reads this.
    .select({ user: tokenUserColumns, familyRevokedAt: tokenFamilies.revokedAt })
    .from(users)
    .innerJoin(tokenFamilies, eq(tokenFamilies.userId, users.id))
    .where(eq(tokenFamilies.id, sql.placeholder("familyId")))
    .prepare("load_token_user");
}

// Every REST request runs this query: Drizzle builds its SQL once per database handle, not per request.
const tokenUserQueries = new WeakMap<TDatabase, ReturnType<typeof tokenUserQuery>>();

/** An API access token is good while its user is and its refresh-token family is not revoked. */
export async function loadTokenUser(
  db: TDatabase,
  claims: { userId: string; sessionVersion: number; familyId: string },
): Promise<TTokenUser | null> {
  let query = tokenUserQueries.get(db);
  if (!query) tokenUserQueries.set(db, (query = tokenUserQuery(db)));
  const [row] = await query.execute({ familyId: claims.familyId });
  if (!row || row.user.id !== claims.userId || row.familyRevokedAt) return null;
  if (row.user.status !== "active" || row.user.sessionVersion !== claims.sessionVersion) return null;
  return row.user;
}
