import { canOpenDevMailbox } from "@/server/mail/dev-mailbox";
import { realtimeKey } from "@/server/realtime/events";
import { signalStreamResponse } from "@/server/realtime/signal-stream";

export const dynamic = "force-dynamic";

/** "mail" events for the open dev mailbox page, whenever an email lands in the outbox (same rule as the page). */
export function GET(req: Request): Response {
  if (!canOpenDevMailbox(req.headers)) return new Response("Not found", { status: 404 });
  return signalStreamResponse(realtimeKey.mail(), "mail", { signal: req.signal });
}
