/**
 * POST /api/v1/job-targets/upload: the raw file as the request body (any Content-Type; the kind is
 * sniffed from the bytes), its name in ?fileName=. A raw body rather than multipart or base64 in
 * JSON: the byte cap applies while the body streams in (Content-Length first, then a running
 * count), so a 10 MB upload is refused with 413 before it is buffered or parsed; base64 through tRPC
 * would have to buffer and decode the whole JSON first, a third larger. Answers the extracted text;
 * nothing is stored until the job target is saved. Works with the session cookie (same origin only)
 * or a bearer token. A multipart/form-data body with a `file` part is read too (what api-v1.md
 * names for job targets, and what an HTML form or `curl -F file=@job.pdf` sends): capped the same
 * way, its other fields (title, level) accepted and not used here.
 */
import { matchPathRoute, type TPathHandler } from "./path-routes";
import { MAX_UPLOAD_BYTES, ZExtractedTextSchema } from "@/server/contracts/job-targets";
import { hasControlCharacters } from "@/server/contracts/safe-string";
import { AppError, secondsText } from "@/server/errors";
import { extractUploadText } from "@/server/job-targets/extract-text";
import { getDb } from "@/server/db";
import { consumeRateLimit, rateLimitHeaders } from "@/server/rate-limit/fixed-window";
import { isMultipart, readMultipartFile } from "./multipart-file";
import { readBodyBytesWithLimit } from "./read-body";
import { requestUser } from "./request-user";

/**
 * Uploads per user and hour. Each one parses a PDF or DOCX in the shared parse worker (a few hundred
 * ms to its 15 s deadline, at most two at once for the whole process), so one account sending files
 * in a loop would otherwise keep everyone else's uploads answering 503 busy. Counted before the body
 * is read, as recordings are: a refused upload costs no parsing.
 */
export const JOB_UPLOADS_PER_USER = { limit: 30, windowMs: 3_600_000 } as const;

function fileNameFrom(url: string): string | null {
  const names = new URL(url).searchParams.getAll("fileName");
  // As the lean REST path refuses a repeated query field (openapi-lean.ts): which name was meant is unknown.
  if (names.length > 1) throw new AppError("VALIDATION_ERROR", "fileName: given more than once; send it once.", { field: "fileName", fields: { fileName: "given more than once; send it once" } });
  const name = names[0] ?? null;
  if (name === null || name === "") return null;
  if (name.length > 200 || hasControlCharacters(name)) throw new AppError("VALIDATION_ERROR", "fileName: at most 200 characters, no control characters.", {
      field: "fileName",
      fields: { fileName: "at most 200 characters, no control characters" },
    });
  return name;
}

const UPLOAD_PATH = /^\/api\/v1\/job-targets\/upload\/?$/;

/**
 * POST /api/v1/job-targets/upload, served by the API's catch-all route (rest-handler.ts) like the
 * other raw-body endpoints, so CORS and the API's 405s apply to it as to every other path (a route
 * file of its own bypassed them); null for any other path.
 */
export function jobUploadRoute(req: Request): TPathHandler | null {
  return matchPathRoute([{ pattern: UPLOAD_PATH, methods: ["POST"], handle: handleJobUpload }], req.method, new URL(req.url).pathname);
}

export async function handleJobUpload(req: Request): Promise<Response> {
  const user = await requestUser(req, { action: "upload a file", changes: true });
  const fileName = fileNameFrom(req.url);
  const limit = await consumeRateLimit(getDb(), { key: `job-upload:${user.id}`, ...JOB_UPLOADS_PER_USER });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${secondsText(limit.retryAfterSeconds)}.`, { retryAfterSeconds: limit.retryAfterSeconds, resetsAt: limit.resetAt.toISOString() });
  }
  const file = isMultipart(req) ? await readMultipartFile(req, { field: "file", maxFileBytes: MAX_UPLOAD_BYTES }) : await readRawFile(req);
  const result = ZExtractedTextSchema.parse(await extractUploadText(file.bytes, fileName ?? file.fileName));
  return Response.json(result, { status: 200, headers: { "cache-control": "no-store", ...rateLimitHeaders(limit) } });
}

async function readRawFile(req: Request): Promise<{ bytes: Uint8Array; fileName: null }> {
  const bytes = await readBodyBytesWithLimit(req, MAX_UPLOAD_BYTES);
  if (bytes.byteLength === 0) throw new AppError("VALIDATION_ERROR", "The request body is empty: send the file's bytes as the body.", { reason: "empty_body", fields: { body: "required: the file's bytes" } });
  return { bytes, fileName: null };
}
