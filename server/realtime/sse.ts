/** What every server-sent event stream of ours shares: its headers and a close that tolerates a cancelled stream. */

/** no-transform: Next's gzip would otherwise buffer the stream; X-Accel-Buffering: nginx would too. */
export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const;

export function closeStream(controller: ReadableStreamDefaultController<Uint8Array>): void {
  try {
    controller.close();
  } catch {
    // Already closed by a cancel.
  }
}
