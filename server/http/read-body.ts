import { AppError } from "@/server/errors";
import { MAX_BODY_BYTES } from "./limits";
import { readNodeBody } from "./node-request";

/**
 * Reads a request body as text, refusing it (413) as soon as it passes the limit — by its
 * Content-Length when declared, else while streaming — so an oversized body is never buffered.
 * Bytes that are not UTF-8 are a 400: decoded leniently they would become U+FFFD and be stored as
 * if the client had sent them. A leading byte-order mark stays in the text, as before.
 */
export async function readBodyWithLimit(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const bytes = await readBodyBytesWithLimit(req, limit);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new AppError("VALIDATION_ERROR", "The request body is not valid UTF-8.", { fields: { body: "must be valid UTF-8" } });
  }
}

// Stateless between calls (no `stream: true`), so one instance serves every request.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The same, as bytes (form posts and anything that is not necessarily UTF-8 text). */
export async function readBodyBytesWithLimit(req: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  refuseDeclaredOverLimit(req, limit, () => tooLarge(limit));
  // Our own server's requests: straight from Node's stream, the same limit, no web streams.
  const direct = readNodeBody(req, limit, () => tooLarge(limit));
  if (direct) return direct;
  const body = limitedBodyStream(req, limit);
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The body as a stream that fails with the 413 as soon as it passes the limit (the request's own
 * stream is cancelled then), for handlers that pass a large body on without holding it (audio
 * uploads). A declared Content-Length over the limit is refused before anything is read.
 */
export function limitedBodyStream(req: Request, limit: number, tooLargeError: () => AppError = () => tooLarge(limit)): ReadableStream<Uint8Array> | null {
  refuseDeclaredOverLimit(req, limit, tooLargeError);
  if (!req.body) return null;
  let received = 0;
  return req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(tooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
}

function refuseDeclaredOverLimit(req: Request, limit: number, tooLargeError: () => AppError): void {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLargeError();
}

function tooLarge(limit: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(limit / 1024)} KiB.`, {
    limitBytes: limit,
  });
}
