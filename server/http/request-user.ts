/**
 * The signed-in caller of a route handler outside the tRPC adapter (raw uploads, audio playback):
 * a bearer token, or the session cookie — for a request that changes something, only from our own
 * origin (a cross-site form cannot post with the cookie).
 */
import { resolveRequestUser } from "@/server/auth/resolve-request-user";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { checkSameOrigin } from "./same-origin";

export async function requestUser(req: Request, options: { action: string; changes: boolean }): Promise<TSessionUser> {
  const bearer = req.headers.has("authorization");
  if (!bearer && options.changes) {
    const verdict = checkSameOrigin(req, getEnv().APP_URL);
    if (!verdict.ok) throw new AppError("FORBIDDEN", verdict.reason);
  }
  const identity = await resolveRequestUser(req, bearer ? "bearer" : "session");
  if (!identity.user) throw identity.tokenRefusal ?? new AppError("UNAUTHORIZED", `Sign in to ${options.action}.`);
  return identity.user;
}
