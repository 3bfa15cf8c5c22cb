/**
 * The two recording endpoints that are not JSON, served outside the tRPC adapter:
 * - POST /api/v1/interviews/{id}/questions/{questionId}/recordings?kind=answer — the raw audio as
 *   the body, streamed to storage under VOICE_MAX_BYTES (413 while it streams), 201 { recording };
 * - GET /api/v1/recordings/{id}/audio — playback for the owner or an admin, with Range (206/416).
 * Session cookie (same origin for the upload) or bearer token; another user's → 404.
 * The contract's answer-shaped voice endpoints (answer-voice-routes.ts) are dispatched from here too.
 */
import { getDb } from "@/server/db";
import { ZUploadRecordingQuerySchema } from "@/server/contracts/voice";
import { AppError } from "@/server/errors";
import { rateLimitHeaders } from "@/server/rate-limit/fixed-window";
import { createRecordingFromUpload } from "@/server/voice/recordings/create-recording";
import { playableRecordingRow } from "@/server/voice/recordings/recording-dto";
import { recordingStorage } from "@/server/voice/storage";
import { answerVoiceRoute } from "./answer-voice-routes";
import { matchPathRoute, type TPathHandler, type TPathRoute } from "./path-routes";
import { playbackUser, serveRecordingAudio, startUpload, uuidParam } from "./recording-http";

const UPLOAD_PATH = /^\/api\/v1\/interviews\/([^/]+)\/questions\/([^/]+)\/recordings\/?$/;
const AUDIO_PATH = /^\/api\/v1\/recordings\/([^/]+)\/audio\/?$/;

const ROUTES: readonly TPathRoute[] = [
  { pattern: UPLOAD_PATH, methods: ["POST"], handle: handleUpload },
  { pattern: AUDIO_PATH, methods: ["GET", "HEAD"], handle: handleAudio },
];

/** Which endpoint the request is for (a 405 for another method on one of their paths; null: none, the JSON API handles it). */
export function recordingRoute(req: Request): TPathHandler | null {
  const path = new URL(req.url).pathname;
  return matchPathRoute(ROUTES, req.method, path) ?? answerVoiceRoute(req.method, path);
}

async function handleUpload(req: Request, rawInterviewId: string, rawQuestionId: string): Promise<Response> {
  const interviewId = uuidParam(rawInterviewId, "id");
  const questionId = uuidParam(rawQuestionId, "questionId");
  const query = ZUploadRecordingQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw new AppError("VALIDATION_ERROR", "kind must be answer or follow_up.", { fields: { kind: "must be answer or follow_up" } });
  const { user, limit, body, limits } = await startUpload(req);
  const recording = await createRecordingFromUpload(getDb(), recordingStorage(), { userId: user.id, interviewId, questionId, kind: query.data.kind, body }, limits);
  return Response.json({ recording }, { status: 201, headers: { "cache-control": "no-store", ...rateLimitHeaders(limit) } });
}

async function handleAudio(req: Request, rawId: string): Promise<Response> {
  const id = uuidParam(rawId, "id");
  const user = await playbackUser(req);
  return serveRecordingAudio(req, await playableRecordingRow(getDb(), user, id));
}
