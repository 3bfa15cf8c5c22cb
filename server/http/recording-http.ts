/**
 * What the recording routes share (recording-routes.ts, and the contract's answer-shaped ones in
 * answer-voice-routes.ts): path ids, the upload's preamble and the audio response with Range.
 */
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { getDb } from "@/server/db";
import type { TSessionUser } from "@/server/contracts/vocabulary/roles";
import { getEnv } from "@/server/env";
import { AppError, secondsText } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit/fixed-window";
import type { TRecordingRow } from "@/server/voice/recordings/recording-dto";
import { currentRequestId } from "@/server/request-context";
import { recordingStorage } from "@/server/voice/storage";
import { parseByteRange } from "./byte-range";
import { errorResponse } from "./error-body";
import { limitedBodyStream } from "./read-body";
import { requestUser } from "./request-user";

/** Uploads per user per hour: a candidate re-records often, a script should not fill the disk. */
export const VOICE_UPLOADS_PER_USER = { limit: 60, windowMs: 3_600_000 } as const;

export function uuidParam(raw: string, field: string): string {
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

/**
 * What every upload does before its body is read: the caller (same origin for the cookie), the
 * per-user upload limit (429), and the request's body capped at VOICE_MAX_BYTES (plus `overhead`
 * for a multipart envelope), refused with 413 while it streams.
 */
export async function startUpload(req: Request, options: { overhead?: number } = {}) {
  const user = await requestUser(req, { action: "upload a recording", changes: true });
  const env = getEnv();
  const limit = await consumeRateLimit(getDb(), { key: `voice-upload:${user.id}`, ...VOICE_UPLOADS_PER_USER });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Too many recordings. Try again in ${secondsText(limit.retryAfterSeconds)}.`, { retryAfterSeconds: limit.retryAfterSeconds, resetsAt: limit.resetAt.toISOString() });
  }
  const tooLarge = () => {
    const maxMb = Math.round((env.VOICE_MAX_BYTES / (1024 * 1024)) * 10) / 10;
    return new AppError("PAYLOAD_TOO_LARGE", `The recording is larger than the limit of ${maxMb} MB.`, { limitBytes: env.VOICE_MAX_BYTES }).withText("server.recordingTooLarge", { mb: maxMb });
  };
  const body = limitedBodyStream(req, env.VOICE_MAX_BYTES + (options.overhead ?? 0), tooLarge);
  return { user, limit, body, tooLarge, maxBytes: env.VOICE_MAX_BYTES, limits: { maxSeconds: env.VOICE_MAX_SECONDS } };
}

/** The caller of a playback request (bearer or cookie; reading changes nothing). */
export function playbackUser(req: Request): Promise<TSessionUser> {
  return requestUser(req, { action: "play a recording", changes: false });
}

/** A recording's audio, whole or a Range of it (206/416); 410 once retention deleted it. The caller checked who may hear it. */
export async function serveRecordingAudio(req: Request, row: Pick<TRecordingRow, "storageKey" | "contentType">): Promise<Response> {
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
  if (range === "unsatisfiable") {
    // The API's JSON error body, as every other error has: the audio's headers do not describe it.
    const error = new AppError("RANGE_NOT_SATISFIABLE", `The range starts past the end of the audio (${head.size} bytes).`, { size: head.size });
    return errorResponse(error, currentRequestId() ?? randomUUID(), { "accept-ranges": "bytes", "content-range": `bytes */${head.size}` });
  }
  const length = range ? range.end - range.start + 1 : head.size;
  headers["content-length"] = String(length);
  if (range) headers["content-range"] = `bytes ${range.start}-${range.end}/${head.size}`;
  const status = range ? 206 : 200;
  if (req.method === "HEAD" || length === 0) return new Response(null, { status, headers });
  const object = await storage.get(row.storageKey, range ?? undefined);
  return new Response(Readable.toWeb(object.stream) as ReadableStream<Uint8Array>, { status, headers });
}
