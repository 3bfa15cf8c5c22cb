/**
 * The REST contract's answer-shaped voice endpoints (api-v1.md "Additions"), beside the product's
 * own recording endpoints (recording-routes.ts, which dispatches here) and built on the same pieces:
 * - POST /api/v1/interviews/{id}/recordings — multipart `questionId` + `audio` (a file): the upload
 *   of recording-routes (limits, sniffing, rate limits, storage) whose transaction also writes the
 *   answer; 202 { answer: { id, status: "transcribing" } }. The transcript, then the score, follow
 *   in the background (contract-answer.ts).
 * - PUT /api/v1/answers/{id}/transcript — { transcript }: the correction, scored
 *   (correct-answer-transcript.ts says which answer is); 200 { answer }.
 * - GET /api/v1/answers/{id}/audio — the answer's recording, owner or admin, with Range.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/server/db";
import { ZCorrectAnswerTranscriptBodySchema, type TRecordingAnswerAccepted } from "@/server/contracts/voice-answer";
import { AppError } from "@/server/errors";
import { getAnswer } from "@/server/interviews/get-answer";
import { claimIdempotencyKey, findIdempotentReplay, idempotencyKeyFrom } from "@/server/interviews/idempotency";
import { rateLimitHeaders } from "@/server/rate-limit/fixed-window";
import { answerRecordingForPlayback, createAnswerForRecording } from "@/server/voice/recordings/contract-answer";
import { correctAnswerTranscript } from "@/server/voice/recordings/correct-answer-transcript";
import { createRecordingFromUpload } from "@/server/voice/recordings/create-recording";
import { recordingStorage } from "@/server/voice/storage";
import { readBodyWithLimit } from "./read-body";
import { playbackUser, serveRecordingAudio, startUpload, uuidParam } from "./recording-http";
import { matchPathRoute, type TPathHandler, type TPathRoute } from "./path-routes";
import { requestUser } from "./request-user";

const UPLOAD_PATH = /^\/api\/v1\/interviews\/([^/]+)\/recordings\/?$/;
const TRANSCRIPT_PATH = /^\/api\/v1\/answers\/([^/]+)\/transcript\/?$/;
const AUDIO_PATH = /^\/api\/v1\/answers\/([^/]+)\/audio\/?$/;
/** Room for the multipart envelope around the audio (boundaries, part headers, questionId). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const ROUTES: readonly TPathRoute[] = [
  { pattern: UPLOAD_PATH, methods: ["POST"], handle: handleUpload },
  { pattern: TRANSCRIPT_PATH, methods: ["PUT"], handle: handleTranscript },
  { pattern: AUDIO_PATH, methods: ["GET", "HEAD"], handle: handleAudio },
];

/** The handler for one of the contract's voice endpoints, a 405 for another method on one of their paths, else null. */
export function answerVoiceRoute(method: string, path: string): TPathHandler | null {
  return matchPathRoute(ROUTES, method, path);
}

function fieldError(field: string, problem: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", message, { fields: { [field]: problem } });
}

/** The form's parts; the body is capped while it streams (413), then parsed (a broken form: 400). */
async function readForm(req: Request, body: ReadableStream<Uint8Array> | null): Promise<FormData> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType) || !body) {
    throw new AppError("VALIDATION_ERROR", "Send multipart/form-data with a questionId field and the recording as a file part named audio.", {
      fields: { body: "must be multipart/form-data" },
    });
  }
  try {
    return await new Request(req.url, { method: "POST", headers: { "content-type": contentType }, body, duplex: "half" } as RequestInit).formData();
  } catch (error) {
    // The 413 raised while the body streams reaches here as the parser's cause.
    const cause = error instanceof AppError ? error : (error as { cause?: unknown }).cause;
    if (cause instanceof AppError) throw cause;
    throw new AppError("VALIDATION_ERROR", "The multipart body could not be read: check its boundary and that every part is complete.", { fields: { body: "malformed multipart" } });
  }
}

/**
 * The one value of a form field. Sent twice (two questionIds, two audio parts) the form is ambiguous:
 * taking the first would answer a question, or store a recording, the client may not have meant.
 */
function single(form: FormData, name: string): FormDataEntryValue | null {
  const values = form.getAll(name);
  if (values.length > 1) throw fieldError(name, "given more than once", `${name} was sent ${values.length} times: send it once.`);
  return values[0] ?? null;
}

async function handleUpload(req: Request, rawInterviewId: string): Promise<Response> {
  const interviewId = uuidParam(rawInterviewId, "id");
  const { user, limit, body, tooLarge, maxBytes, limits } = await startUpload(req, { overhead: MULTIPART_OVERHEAD_BYTES });
  // A retried upload (a phone that lost its connection) sends the same key: the first answer is
  // replayed, not a second attempt made. The key covers the question and the audio's bytes.
  const key = idempotencyKeyFrom(req.headers);
  const form = await readForm(req, body);
  const questionId = single(form, "questionId");
  if (typeof questionId !== "string" || !z.uuid().safeParse(questionId).success) {
    throw fieldError("questionId", questionId === null ? "required" : "must be a UUID", questionId === null ? "questionId is missing: send the interview question's id as a form field." : "questionId must be a UUID.");
  }
  const audio = single(form, "audio");
  if (!(audio instanceof Blob)) {
    throw fieldError("audio", audio === null ? "required" : "must be a file", audio === null ? "audio is missing: attach the recording as a file part named audio." : "audio must be a file part, not a text field.");
  }
  if (audio.size === 0) throw fieldError("audio", "empty", "audio is empty: the file part has no bytes.");
  if (audio.size > maxBytes) throw tooLarge();
  const db = getDb();
  const idempotent = key === null ? null : { userId: user.id, key, scope: "recordings.answer", request: { interviewId, questionId, audio: await sha256(audio) } };
  const accepted = (result: TRecordingAnswerAccepted, replayed: boolean) =>
    Response.json(result, {
      status: 202,
      headers: { "cache-control": "no-store", location: `/api/v1/answers/${result.answer.id}`, ...rateLimitHeaders(limit), ...(replayed ? { "idempotent-replayed": "true" } : {}) },
    });
  const earlier = idempotent && (await findIdempotentReplay<TRecordingAnswerAccepted>(db, idempotent));
  if (earlier) return accepted(earlier, true);
  let result: TRecordingAnswerAccepted | undefined;
  try {
    await createRecordingFromUpload(
      db,
      recordingStorage(),
      {
        userId: user.id,
        interviewId,
        questionId,
        kind: "answer",
        body: audio.stream(),
        onInserted: async (tx, row) => {
          const claim = idempotent && (await claimIdempotencyKey<TRecordingAnswerAccepted>(tx, { ...idempotent, status: 202 }));
          // The same upload, sent twice at once, committed first: this one rolls back (its stored audio is deleted).
          if (claim?.replayed) throw new ReplayedUpload(claim.response);
          result = { answer: { id: await createAnswerForRecording(tx, row), status: "transcribing" } };
          await claim?.save(result);
        },
      },
      limits,
    );
  } catch (error) {
    if (error instanceof ReplayedUpload) return accepted(error.response, true);
    throw error;
  }
  return accepted(result!, false);
}

/** Thrown inside the upload's transaction to roll it back when the same key's first request won. */
class ReplayedUpload extends Error {
  constructor(readonly response: TRecordingAnswerAccepted) {
    super("replayed upload");
  }
}

async function sha256(blob: Blob): Promise<string> {
  return createHash("sha256").update(new Uint8Array(await blob.arrayBuffer())).digest("hex");
}

async function handleTranscript(req: Request, rawAnswerId: string): Promise<Response> {
  const answerId = uuidParam(rawAnswerId, "id");
  const user = await requestUser(req, { action: "correct a transcript", changes: true });
  const text = await readBodyWithLimit(req);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_ERROR", "The request body is not valid JSON: send { \"transcript\": \"…\" }.");
  }
  const parsed = ZCorrectAnswerTranscriptBodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join(".") || "body";
    throw fieldError(field, issue.message, `Invalid input — ${field}: ${issue.message}`);
  }
  const db = getDb();
  const scoredId = await correctAnswerTranscript(db, user.id, answerId, parsed.data.transcript);
  return Response.json({ answer: await getAnswer(db, user.id, scoredId) }, { status: 200, headers: { "cache-control": "no-store" } });
}

async function handleAudio(req: Request, rawAnswerId: string): Promise<Response> {
  const answerId = uuidParam(rawAnswerId, "id");
  const user = await playbackUser(req);
  return serveRecordingAudio(req, await answerRecordingForPlayback(getDb(), user, answerId));
}
