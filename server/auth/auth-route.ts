/**
 * The /api/auth/* route handlers. Requests to an Auth.js callback (finishing a sign-in or a provider
 * link) have their session cookie checked first: a live one tells our callbacks who is linking, and
 * one that no longer authenticates (signed out, revoked, expired) is dropped before Auth.js sees it,
 * because Auth.js would otherwise attach the provider account to the user the stale cookie names.
 */
import { NextRequest } from "next/server";
import { getDb } from "@/server/db";
import { callbackSessions, handlers } from "./auth";
import { isSessionCookie, readCookieSession } from "./session-cookie";

type THandler = (request: NextRequest) => Promise<Response>;

function withCallbackSessionCheck(handler: THandler): THandler {
  return async (request) => {
    if (!/\/callback\//.test(request.nextUrl.pathname)) return handler(request);
    const session = await readCookieSession(getDb(), request.cookies.getAll());
    if (session.state === "valid") {
      callbackSessions.set(request, session);
      return handler(request);
    }
    if (session.state === "none") return handler(request);
    const headers = new Headers(request.headers);
    const kept = request.cookies
      .getAll()
      .filter((cookie) => !isSessionCookie(cookie.name))
      .map((cookie) => `${cookie.name}=${encodeURIComponent(cookie.value)}`);
    if (kept.length > 0) headers.set("cookie", kept.join("; "));
    else headers.delete("cookie");
    return handler(new NextRequest(request, { headers }));
  };
}

export const authRoute = { GET: withCallbackSessionCheck(handlers.GET), POST: withCallbackSessionCheck(handlers.POST) };
