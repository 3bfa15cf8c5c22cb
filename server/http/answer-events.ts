/**
 * GET /api/v1/answers/{id}/events: an answer's status changes as server-sent events, for REST
 * clients that would otherwise poll. The first event is the answer as it is now, then one per
 * change; the stream closes once the answer is no longer pending. A `Last-Event-ID` header (sent
 * by EventSource on reconnect) skips what the client already has. Owner only: others get 404.
 */
import { z } from "zod";
import { getDb } from "@/server/db";
import { resolveRequestUser } from "@/server/auth/resolve-request-user";
import { AppError, toAppError } from "@/server/errors";
import { getAnswer } from "@/server/interviews/get-answer";
import { logger } from "@/server/logger";
import { answerUpdates } from "@/server/interviews/answer-updates";
import { closeStream, SSE_HEADERS } from "@/server/realtime/sse";
import { holdWaiterSlot } from "@/server/realtime/waiter-slots";

const EVENTS_PATH = /^\/api\/v1\/answers\/([^/]*)\/events\/?$/;
/** A comment line this often keeps proxies and load balancers from closing a quiet stream. */
const PING_MS = 15_000;

/** The raw {id} when the request is for an answer's event stream, else null. */
export function answerEventsPathId(req: Request): string | null {
  const match = EVENTS_PATH.exec(new URL(req.url).pathname);
  return match ? match[1]! : null;
}

function parseId(raw: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Left as sent: a malformed escape is not a UUID either.
  }
  const parsed = z.uuid().safeParse(decoded);
  if (!parsed.success) throw new AppError("VALIDATION_ERROR", "The answer id must be a UUID.", { fields: { id: "must be a UUID" } });
  return parsed.data;
}

/** The checks of a GET before it streams (id, caller, owner): a HEAD runs these alone and answers the headers. */
async function checkAnswerEvents(req: Request, rawId: string): Promise<{ userId: string; id: string }> {
  const id = parseId(rawId);
  const { user, tokenRefusal } = await resolveRequestUser(req, "bearer");
  if (!user) throw tokenRefusal ?? new AppError("UNAUTHORIZED", "Sign in to continue.");
  await getAnswer(getDb(), user.id, id);
  return { userId: user.id, id };
}

export async function headAnswerEvents(req: Request, rawId: string, headers: Record<string, string>): Promise<Response> {
  await checkAnswerEvents(req, rawId);
  return new Response(null, { status: 200, headers: { ...headers, ...SSE_HEADERS } });
}

export async function handleAnswerEvents(req: Request, rawId: string, headers: Record<string, string>): Promise<Response> {
  const { userId, id } = await checkAnswerEvents(req, rawId);
  const db = getDb();
  // Past the owner's cap on open waiters, refuse with 429 now: the update stream itself would only
  // say so in an error event after this response had started as a 200.
  holdWaiterSlot(userId)();

  const abort = new AbortController();
  // Either signal ends the wait: the request's (client gone, on our own server) or the body's cancel.
  req.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const lastEventId = req.headers.get("last-event-id")?.slice(0, 100) ?? null;
  const updates = answerUpdates(db, userId, id, { signal: abort.signal, lastVersion: lastEventId });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          // The client has gone; the abort below ends the loop.
        }
      };
      send("retry: 3000\n\n");
      const ping = setInterval(() => send(": ping\n\n"), PING_MS);
      void (async () => {
        try {
          for await (const { version, answer } of updates) send(`event: answer\nid: ${version}\ndata: ${JSON.stringify({ answer })}\n\n`);
          send("event: end\ndata: {}\n\n");
        } catch (error) {
          if (!abort.signal.aborted) {
            const appError = toAppError(error);
            if (appError.code === "INTERNAL") logger().error({ err: error, answerId: id }, "answer event stream failed");
            send(`event: error\ndata: ${JSON.stringify({ error: { code: appError.code, message: appError.message } })}\n\n`);
          }
        } finally {
          clearInterval(ping);
          closeStream(controller);
        }
      })();
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { ...headers, ...SSE_HEADERS },
  });
}
