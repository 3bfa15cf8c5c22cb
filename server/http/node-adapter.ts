/**
 * Node's http request/response ⇄ the fetch API's Request/Response, for the API routes our own
 * server answers without Next (scripts/lib/serve.ts). The request's signal aborts when the client
 * goes away (streams and long polls stop); response bodies are piped with backpressure.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { nodeRequest } from "./node-request";
import { wholeBodyText } from "./text-response";

/** The request as a fetch Request on `origin` (scheme and host; the path comes from the request line). */
export function toFetchRequest(req: IncomingMessage, res: ServerResponse, origin: string): Request {
  return nodeRequest(req, res, `${origin}${req.url ?? "/"}`);
}

/** Writes a fetch Response to Node's response: status, headers (every Set-Cookie), then the body. */
export async function sendFetchResponse(res: ServerResponse, response: Response, options: { omitBody?: boolean } = {}): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  // A body left unread (refused as too large, or not needed) must not be parsed as the next request.
  if (!res.req.complete) headers.connection = "close";
  // Asked first: a text response makes its body stream only when someone reads `body`.
  const text = wholeBodyText(response);
  if (text !== undefined && !options.omitBody) {
    // One write of headers and text (Node joins a string body to the headers).
    headers["content-length"] = String(Buffer.byteLength(text));
    res.writeHead(response.status, headers);
    res.end(text);
    return;
  }
  if (text !== undefined || !response.body || options.omitBody) {
    res.writeHead(response.status, headers);
    if (text === undefined) await response.body?.cancel().catch(() => {});
    res.end();
    return;
  }
  if (!isStream(response)) {
    // A whole body (JSON, a 404 page, a download): read it, then send it with the headers in one
    // write. Piping it cost a stream pipeline, an AbortController and a writev per response, which
    // showed as a large share of the API's CPU under load (docs/performance.md).
    const body = Buffer.from(await response.arrayBuffer());
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  res.writeHead(response.status, headers);
  // A client that leaves mid-stream ends the pipeline (and cancels the body): not an error worth logging.
  await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>), res).catch(() => {});
}

/** Server-sent events and explicitly chunked bodies (tRPC's jsonl batches) are sent as they come. */
function isStream(response: Response): boolean {
  return (response.headers.get("content-type") ?? "").startsWith("text/event-stream") || response.headers.get("transfer-encoding") === "chunked";
}
