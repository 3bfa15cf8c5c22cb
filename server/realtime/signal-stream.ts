/**
 * A server-sent event stream that only says "something changed" for one realtime key (the dev
 * mailbox: "mail"), for pages that re-render themselves on it. A resync (the listener reconnected)
 * counts as a change. Ends after maxDurationMs; the browser's EventSource reconnects by itself.
 */
import { openEventCursor } from "./event-cursor";
import { closeStream, SSE_HEADERS } from "./sse";

const PING_MS = 15_000;

export function signalStreamResponse(key: string, eventName: string, options: { signal?: AbortSignal; maxDurationMs?: number } = {}): Response {
  const abort = new AbortController();
  options.signal?.addEventListener("abort", () => abort.abort(), { once: true });
  const endsAt = Date.now() + (options.maxDurationMs ?? 10 * 60_000);
  const cursor = openEventCursor([key]);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          abort.abort();
        }
      };
      send("retry: 3000\n\n");
      try {
        while (!abort.signal.aborted && Date.now() < endsAt) {
          const result = await cursor.wait(Math.min(PING_MS, endsAt - Date.now()), abort.signal);
          if (result === "changed") send(`event: ${eventName}\ndata: {}\n\n`);
          else if (result === "timeout") send(": ping\n\n");
        }
      } finally {
        cursor.close();
        closeStream(controller);
      }
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, { headers: SSE_HEADERS });
}
