/**
 * The two recording endpoints that are not JSON, served outside the tRPC adapter:
 * - POST /api/v1/interviews/{id}/questions/{questionId}/recordings?kind=answer — the raw audio as
 *   the body, streamed to storage under VOICE_MAX_BYTES (413 while it streams), 201 { recording };
 * - GET /api/v1/recordings/{id}/audio — playback for the owner, with Range (206/416).
 * Session cookie (same origin for the upload) or bearer token; another user's → 404.
 * The contract's answer-shaped voice endpoints (answer-voice-routes.ts) are dispatched from here too.
 */
import { getDb } from "@/server/db";
import { ZUploadRecordingQuerySchema } from "@/server/contracts/voice";
import { AppError } from "@/server/errors";
import { rateLimitHeaders } from "@/server/rate-limit/fixed-window";
import { createRecordingFromUpload } from "@/server/voice/recordings/create-recording";
import { ownRecordingRow } from "@/server/voice/recordings/recording-dto";
import { recordingStorage } from "@/server/voice/storage";
import { answerVoiceRoute } from "./answer-voice-routes";
import { playbackUser, serveRecordingAudio, startUpload, uuidParam } from "./recording-http";

const UPLOAD_PATH = /^\/api\/v1\/interviews\/([^/]+)\/questions\/([^/]+)\/recordings\/?$/;
const AUDIO_PATH = /^\/api\/v1\/recordings\/([^/]+)\/audio\/?$/;

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
  return answerVoiceRoute(req.method, path);
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
  return serveRecordingAudio(req, await ownRecordingRow(getDb(), user.id, id));
}
