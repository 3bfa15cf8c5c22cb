/**
 * Reads the session cookie outside Auth.js' own session handling, with the same checks as the jwt
 * callback (signed, unexpired, its browser_sessions row live, the user active at that version).
 * - /api/auth/*: Auth.js links an OAuth sign-in to whoever the session JWT names (`sub`) without
 *   asking our callbacks, so the route handler uses this to drop a revoked or signed-out cookie and
 *   to tell the callbacks who is signed in.
 * - The API (tRPC) and server components: "who is calling" without Next's request scope
 *   (`headers()`) or a whole Auth.js session round trip per request.
 */
import { decode } from "next-auth/jwt";
import type { TDatabase } from "@/db";
import { loadSessionUser } from "@/server/auth/session-user";
import { cachedSessionClaims } from "./session-claims-cache";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { getEnv } from "@/server/env";
import { usesSecureCookies } from "./app-url";

export type TCookieSession =
  | { state: "none" }
  | { state: "invalid" }
  | { state: "valid"; userId: string; sid: string; user: TSessionUser };

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}authjs.session-token`;
}

/** Whether a cookie is (a chunk of) the session cookie: Auth.js splits big tokens into `name.0`, `name.1`… */
export function isSessionCookie(name: string): boolean {
  const base = sessionCookieName();
  return name === base || name.startsWith(`${base}.`);
}

/** The cookies of a Cookie header (`a=1; b=2`), values URL-decoded where they are encoded. */
export function parseCookieHeader(header: string | null): Array<{ name: string; value: string }> {
  if (!header) return [];
  const cookies: Array<{ name: string; value: string }> = [];
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const raw = part.slice(index + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Not percent-encoded after all: keep it as sent.
    }
    cookies.push({ name: part.slice(0, index).trim(), value });
  }
  return cookies;
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
    // The decrypt is cached for a short while; the session's row and version are checked below on every request.
    const claims = await cachedSessionClaims({ token, secret, salt: name }, async () => {
      const decoded = await decode({ token, secret, salt: name });
      if (!decoded || typeof decoded.uid !== "string" || typeof decoded.sv !== "number" || typeof decoded.sid !== "string") return null;
      return { claims: { uid: decoded.uid, sv: decoded.sv, sid: decoded.sid }, expiresAtSeconds: typeof decoded.exp === "number" ? decoded.exp : null };
    });
    if (!claims) return { state: "invalid" };
    const user = await loadSessionUser(db, { userId: claims.uid, sessionVersion: claims.sv, sid: claims.sid });
    if (!user) return { state: "invalid" };
    return { state: "valid", userId: user.id, sid: claims.sid, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  } catch {
    return { state: "invalid" };
  }
}
