import { AppError } from "@/server/errors";
import { MAX_BODY_BYTES } from "./limits";

/**
 * Reads a request body as text, refusing it (413) as soon as it passes the limit — by its
 * Content-Length when declared, else while streaming — so an oversized body is never buffered.
 */
export async function readBodyWithLimit(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return Buffer.from(await readBodyBytesWithLimit(req, limit)).toString("utf8");
}

/** The same, as bytes (form posts and anything that is not necessarily UTF-8 text). */
export async function readBodyBytesWithLimit(req: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${Math.round(limit / 1024)} KiB.`, {
    limitBytes: limit,
  });
}
