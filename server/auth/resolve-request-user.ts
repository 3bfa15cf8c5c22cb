import { getDb } from "@/db";
import { loadTokenUser } from "@/server/accounts/session-user";
import type { TSessionUser } from "@/server/api/trpc";
import { AppError } from "@/server/errors";
import { verifyAccessToken } from "./tokens/access-token";

export interface TRequestIdentity {
  user: TSessionUser | null;
  /** The browser session's id (changing the password keeps this one session alive). */
  sessionId: string | null;
}

const ANONYMOUS: TRequestIdentity = { user: null, sessionId: null };

/**
 * Who is calling: the session cookie ("session": the web app, through Auth.js) or a bearer
 * access token ("bearer": the REST API). A bearer token that is present but bad is an error,
 * never silently anonymous.
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
  // Imported lazily: Auth.js pulls in Next's request APIs, which scripts and tests don't have.
  const { auth } = await import("./auth");
  const session = await auth();
  const sessionUser = session?.user as (TSessionUser & { id?: string }) | undefined;
  if (!session || !sessionUser?.id) return ANONYMOUS;
  return {
    user: { id: sessionUser.id, email: sessionUser.email, name: sessionUser.name, role: sessionUser.role },
    sessionId: (session as { sid?: string }).sid ?? null,
  };
}
