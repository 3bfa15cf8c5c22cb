/**
 * One-click unsubscribe (RFC 8058): the URL in reminder emails' List-Unsubscribe header. Mail clients
 * POST "List-Unsubscribe=One-Click" without a session; the signed token is the authority. The
 * confirmation page's button posts here too and is sent back to the page. GET changes nothing.
 */
import { getDb } from "@/server/db";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { readBodyWithLimit } from "@/server/http/read-body";
import { withRequest } from "@/server/http/with-request";
import { unsubscribe } from "@/server/reminders/unsubscribe";

export const dynamic = "force-dynamic";

function tokenOf(req: Request): string {
  const token = new URL(req.url).searchParams.get("token");
  if (!token) throw new AppError("VALIDATION_ERROR", "The unsubscribe link has no token.", { fields: { token: "required" } });
  return token;
}

function pageUrl(token: string, done: boolean): string {
  return `${getEnv().APP_URL}/unsubscribe?token=${encodeURIComponent(token)}${done ? "&done=1" : ""}`;
}

export const POST = withRequest(async (req) => {
  const token = tokenOf(req);
  const body = await readBodyWithLimit(req, 4096);
  const { kind } = await unsubscribe(getDb(), token);
  if (new URLSearchParams(body).get("List-Unsubscribe") === "One-Click") {
    return Response.json({ unsubscribed: kind }, { headers: { "cache-control": "no-store" } });
  }
  return new Response(null, { status: 303, headers: { location: pageUrl(token, true), "cache-control": "no-store" } });
});

export const GET = withRequest(async (req) => new Response(null, { status: 303, headers: { location: pageUrl(tokenOf(req), false) } }));
