/**
 * Browser sessions: the server-side half of the session cookie. A JWT alone cannot be taken back,
 * so each one names a row here (`sid`) and is only good while that row lives and is not idle-expired.
 *
 * Lifetimes (why these numbers): a session that is not used for SESSION_IDLE_SECONDS (7 days) ends, so
 * a forgotten session on a shared computer dies within a week while someone practising weekly stays
 * signed in; no session outlives SESSION_ABSOLUTE_SECONDS (30 days) from its sign-in, however busy,
 * so even a stolen cookie that is kept in use dies. The idle deadline slides on use, written at most once
 * per SESSION_RENEW_SECONDS (1 hour) per session, so a request costs one indexed read and rarely a write.
 */
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { TDbOrTx } from "@/db";
import { browserSessions } from "@/db/schema";

export const SESSION_IDLE_SECONDS = 7 * 24 * 3600;
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 3600;
export const SESSION_RENEW_SECONDS = 3600;

/** Records a new signed-in browser and returns its id; prunes expired rows (of everyone: the index makes it cheap). */
export async function startBrowserSession(db: TDbOrTx, userId: string, now: Date = new Date()): Promise<string> {
  const id = randomUUID();
  await db.delete(browserSessions).where(lt(browserSessions.expiresAt, now));
  await db.insert(browserSessions).values({
    id,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000),
    absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000),
  });
  return id;
}

/** Ends one browser session (sign-out). Unknown ids are fine: signing out twice is not an error. */
export async function endBrowserSession(db: TDbOrTx, sid: string): Promise<void> {
  await db.delete(browserSessions).where(eq(browserSessions.id, sid));
}

/** Ends every browser session of a user except `keepSid` (the one that changed the password). */
export async function endBrowserSessionsOfUser(db: TDbOrTx, userId: string, keepSid: string | null = null): Promise<void> {
  await db
    .delete(browserSessions)
    .where(keepSid ? and(eq(browserSessions.userId, userId), ne(browserSessions.id, keepSid)) : eq(browserSessions.userId, userId));
}

/** Whether a session is due a renewal now: last renewed over an hour ago, and not yet at its absolute limit. */
export function needsRenewal(session: { expiresAt: Date; absoluteExpiresAt: Date }, now: Date = new Date()): boolean {
  if (session.expiresAt.getTime() >= session.absoluteExpiresAt.getTime()) return false;
  return session.expiresAt.getTime() - now.getTime() < (SESSION_IDLE_SECONDS - SESSION_RENEW_SECONDS) * 1000;
}

/** Slides the idle deadline forward, never past the absolute one. */
export async function renewBrowserSession(db: TDbOrTx, sid: string, now: Date = new Date()): Promise<void> {
  const idle = new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000);
  await db
    .update(browserSessions)
    .set({ lastSeenAt: now, expiresAt: sql`least(${idle.toISOString()}::timestamptz, ${browserSessions.absoluteExpiresAt})` })
    .where(eq(browserSessions.id, sid));
}
