/**
 * The two recording endpoints that are not JSON, served outside the tRPC adapter:
 * - POST /api/v1/interviews/{id}/questions/{questionId}/recordings?kind=answer — the raw audio as
 *   the body, streamed to storage under VOICE_MAX_BYTES (413 while it streams), 201 { recording };
 * - GET /api/v1/recordings/{id}/audio — playback for the owner, with Range (206/416).
 * Session cookie (same origin for the upload) or bearer token; another user's → 404.
 */
import { z } from "zod";
import { Readable } from "node:stream";
import { getDb } from "@/server/db";
import { ZUploadRecordingQuerySchema } from "@/server/contracts/voice";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { consumeRateLimit, rateLimitHeaders } from "@/server/rate-limit/fixed-window";
import { createRecordingFromUpload } from "@/server/voice/recordings/create-recording";
import { ownRecordingRow } from "@/server/voice/recordings/recording-dto";
import { recordingStorage } from "@/server/voice/storage";
import { parseByteRange } from "./byte-range";
import { limitedBodyStream } from "./read-body";
import { requestUser } from "./request-user";

const UPLOAD_PATH = /^\/api\/v1\/interviews\/([^/]+)\/questions\/([^/]+)\/recordings\/?$/;
const AUDIO_PATH = /^\/api\/v1\/recordings\/([^/]+)\/audio\/?$/;
/** Uploads per user per hour: a candidate re-records often, a script should not fill the disk. */
export const VOICE_UPLOADS_PER_USER = { limit: 60, windowMs: 3_600_000 } as const;

/** Which of the two the request is for (null: neither, the JSON API handles it). */
export function recordingRoute(req: Request): ((req: Request) => Promise<Response>) | null {
  const path = new URL(req.url).pathname;
  if (req.method === "POST") {
    const match = UPLOAD_PATH.exec(path);
    if (match) return (request) => handleUpload(request, match[1]!, match[2]!);
  }
  if (req.method === "GET" || req.method === "HEAD") {
    const match = AUDIO_PATH.exec(path);
    if (match) return (request) => handleAudio(request, match[1]!);
  }
  return null;
}

function uuidParam(raw: string, field: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Left as sent: a malformed escape (%FF) is not a UUID either.
  }
  const parsed = z.uuid().safeParse(decoded);
  if (!parsed.success) throw new AppError("VALIDATION_ERROR", `The ${field} must be a UUID.`, { fields: { [field]: "must be a UUID" } });
  return parsed.data;
}

async function handleUpload(req: Request, rawInterviewId: string, rawQuestionId: string): Promise<Response> {
  const interviewId = uuidParam(rawInterviewId, "id");
  const questionId = uuidParam(rawQuestionId, "questionId");
  const query = ZUploadRecordingQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw new AppError("VALIDATION_ERROR", "kind must be answer or follow_up.", { fields: { kind: "must be answer or follow_up" } });
  const user = await requestUser(req, { action: "upload a recording", changes: true });
  const env = getEnv();
  const db = getDb();
  const limit = await consumeRateLimit(db, { key: `voice-upload:${user.id}`, ...VOICE_UPLOADS_PER_USER });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Too many recordings. Try again in ${limit.retryAfterSeconds} seconds.`, { retryAfterSeconds: limit.retryAfterSeconds, resetsAt: limit.resetAt.toISOString() });
  }
  const maxMb = Math.round((env.VOICE_MAX_BYTES / (1024 * 1024)) * 10) / 10;
  const body = limitedBodyStream(req, env.VOICE_MAX_BYTES, () => new AppError("PAYLOAD_TOO_LARGE", `The recording is larger than the limit of ${maxMb} MB.`, { limitBytes: env.VOICE_MAX_BYTES }).withText("server.recordingTooLarge", { mb: maxMb }));
  const recording = await createRecordingFromUpload(db, recordingStorage(), { userId: user.id, interviewId, questionId, kind: query.data.kind, body }, { maxSeconds: env.VOICE_MAX_SECONDS });
  return Response.json({ recording }, { status: 201, headers: { "cache-control": "no-store", ...rateLimitHeaders(limit) } });
}

async function handleAudio(req: Request, rawId: string): Promise<Response> {
  const id = uuidParam(rawId, "id");
  const user = await requestUser(req, { action: "play a recording", changes: false });
  const row = await ownRecordingRow(getDb(), user.id, id);
  if (!row.storageKey) throw new AppError("GONE", "This recording's audio was deleted after the retention period; its transcript is kept.");
  const storage = recordingStorage();
  const head = await storage.head(row.storageKey);
  if (!head) throw new AppError("GONE", "This recording's audio is no longer stored; its transcript is kept.");
  const headers: Record<string, string> = {
    "content-type": row.contentType,
    "accept-ranges": "bytes",
    "cache-control": "private, max-age=3600",
    "x-content-type-options": "nosniff",
  };
  const range = parseByteRange(req.headers.get("range"), head.size);
  if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${head.size}` } });
  const length = range ? range.end - range.start + 1 : head.size;
  headers["content-length"] = String(length);
  if (range) headers["content-range"] = `bytes ${range.start}-${range.end}/${head.size}`;
  const status = range ? 206 : 200;
  if (req.method === "HEAD" || length === 0) return new Response(null, { status, headers });
  const object = await storage.get(row.storageKey, range ?? undefined);
  return new Response(Readable.toWeb(object.stream) as ReadableStream<Uint8Array>, { status, headers });
}
