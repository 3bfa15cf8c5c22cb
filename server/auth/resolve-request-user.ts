import { getDb } from "@/server/db";
import { loadTokenUser } from "@/server/auth/session-user";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { AppError } from "@/server/errors";
import { parseCookieHeader, readCookieSession } from "./session-cookie";
import { verifyAccessToken } from "./tokens/access-token";

export interface TRequestIdentity {
  user: TSessionUser | null;
  /** The browser session's id (changing the password keeps this one session alive). */
  sessionId: string | null;
}

const ANONYMOUS: TRequestIdentity = { user: null, sessionId: null };

/**
 * Who is calling: the session cookie ("session": the web app) or a bearer access token ("bearer":
 * the REST API). A bearer token that is present but bad is an error, never silently anonymous.
 * The session cookie is read from the request itself (the checks of Auth.js' jwt callback, see
 * session-cookie.ts), so this works outside Next's request scope: the API's own server path too.
 */
export async function resolveRequestUser(req: Request, mode: "session" | "bearer"): Promise<TRequestIdentity> {
  if (mode === "bearer") {
    const header = req.headers.get("authorization");
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const claims = match ? await verifyAccessToken(match[1]!) : null;
    const user = claims ? await loadTokenUser(getDb(), claims) : null;
    if (!user) throw new AppError("UNAUTHORIZED", "The access token is invalid, expired or revoked.");
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, sessionId: null };
  }
  const session = await readCookieSession(getDb(), parseCookieHeader(req.headers.get("cookie")));
  return session.state === "valid" ? { user: session.user, sessionId: session.sid } : ANONYMOUS;
}
