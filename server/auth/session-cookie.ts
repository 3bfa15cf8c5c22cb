/**
 * Reads the session cookie of a request to /api/auth/* outside Auth.js' own session handling.
 * Auth.js links an OAuth sign-in to whoever the session JWT names (`sub`) without asking our
 * callbacks, so a revoked or signed-out cookie could otherwise still attach a provider account to its
 * user. The route handler uses this to drop such a cookie and to tell the callbacks who is signed in.
 */
import { decode } from "next-auth/jwt";
import type { TDatabase } from "@/db";
import { loadSessionUser } from "@/server/accounts/session-user";
import { getEnv } from "@/server/env";
import { usesSecureCookies } from "./app-url";

export type TCookieSession = { state: "none" } | { state: "invalid" } | { state: "valid"; userId: string; sid: string };

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}authjs.session-token`;
}

/** Whether a cookie is (a chunk of) the session cookie: Auth.js splits big tokens into `name.0`, `name.1`… */
export function isSessionCookie(name: string): boolean {
  const base = sessionCookieName();
  return name === base || name.startsWith(`${base}.`);
}

/** Decodes and checks the session cookie like the jwt callback does: signed, unexpired, and its session still live. */
export async function readCookieSession(db: TDatabase, cookies: Array<{ name: string; value: string }>): Promise<TCookieSession> {
  const parts = cookies.filter((cookie) => isSessionCookie(cookie.name));
  if (parts.length === 0) return { state: "none" };
  const name = sessionCookieName();
  const token =
    parts.find((cookie) => cookie.name === name)?.value ??
    parts
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
      .map((cookie) => cookie.value)
      .join("");
  const secret = getEnv().AUTH_SECRET;
  if (!secret) return { state: "invalid" };
  try {
    const claims = await decode({ token, secret, salt: name });
    if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number" || typeof claims.sid !== "string") return { state: "invalid" };
    const user = await loadSessionUser(db, { userId: claims.uid, sessionVersion: claims.sv, sid: claims.sid });
    return user ? { state: "valid", userId: user.id, sid: claims.sid } : { state: "invalid" };
  } catch {
    return { state: "invalid" };
  }
}
