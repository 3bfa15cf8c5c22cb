/**
 * The OpenAPI entries of the contract's answer-shaped voice endpoints (answer-voice-routes.ts),
 * served outside the tRPC adapter. PUT /answers/{id}/transcript answers `{ answer }` as
 * GET /answers/{id} does, so its schema is taken from that generated operation.
 */
import { RECORDING_CONTENT_TYPES } from "@/server/contracts/voice";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";

type TPaths = Record<string, Record<string, { security?: unknown; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;

export function addAnswerVoicePaths(paths: Record<string, unknown>, limits: { maxMb: number; maxSeconds: number }): void {
  const getAnswer = (paths as TPaths)["/answers/{id}"]?.get;
  const security = getAnswer?.security;
  const answerSchema = getAnswer?.responses?.["200"]?.content?.["application/json"]?.schema ?? { type: "object" };
  const uuid = (name: string, description: string) => ({ name, in: "path", required: true, schema: { type: "string", format: "uuid" }, description });
  const binary = { type: "string", format: "binary" };

  paths["/interviews/{id}/recordings"] = {
    post: {
      operationId: "voice-answer-upload",
      tags: ["voice"],
      summary: "Answer a question by voice: the recording becomes an answer, transcribed then scored in the background",
      description:
        `A multipart form with \`questionId\` and the recording as the file part \`audio\` (${RECORDING_CONTENT_TYPES.join(", ")}, recognised from its first bytes). ` +
        `At most ${limits.maxMb} MB and, for WAV, ${limits.maxSeconds} seconds. Answers 202 with the new answer; its stored status stays \`pending\` while it is ` +
        "transcribed and scored (follow `GET /answers/{id}?wait=30`), then carries `transcript`, `transcriptSource`, `delivery` and `audioUrl`. " +
        "If the transcription fails the answer is `failed` with `transcriptionFailure`: send what was said with `PUT /answers/{id}/transcript`. " +
        "A new attempt of the question (at most 10 per question); 60 uploads an hour per user. " +
        "Send an `Idempotency-Key` to retry safely: the same key with the same question and audio replays the first answer (`Idempotent-Replayed: true`), kept 24 h.",
      ...(security ? { security } : {}),
      parameters: [
        uuid("id", "The interview"),
        {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          schema: { type: "string", minLength: 1, maxLength: 255 },
          description: "One key per recording, reused on retries: a replay returns the first answer; the key with another question or audio is a 409.",
        },
      ],
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: { type: "object", required: ["questionId", "audio"], properties: { questionId: { type: "string", format: "uuid" }, audio: binary } },
            encoding: { audio: { contentType: [...RECORDING_CONTENT_TYPES, "application/octet-stream"].join(", ") } },
          },
        },
      },
      responses: {
        "202": {
          description: "The answer exists; its transcript and score follow",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["answer"],
                properties: { answer: { type: "object", required: ["id", "status"], properties: { id: { type: "string", format: "uuid" }, status: { type: "string", enum: ["transcribing"] } } } },
              },
            },
          },
        },
        "400": { description: "A malformed Idempotency-Key; not multipart, questionId missing or not a UUID, audio missing or empty, questionId or audio sent more than once, a malformed form (no boundary, cut short), bad interview id" },
        "401": { description: "Authorization not provided" },
        "404": { description: "Not your interview, or no such question in it" },
        "409": { description: "The interview is no longer in progress, the question's attempts are used, or the Idempotency-Key was used for another request" },
        "413": { description: "Larger than the byte limit, or a WAV longer than the duration limit" },
        "415": { description: "Not audio of an accepted type; the message names what was found" },
        "429": { description: "Too many uploads" },
        "503": { description: "Storage unavailable; nothing was saved" },
      },
    },
  };
  paths["/answers/{id}/transcript"] = {
    put: {
      operationId: "voice-answer-transcript",
      tags: ["voice"],
      summary: "Correct a spoken answer's transcript; the correction is scored, the original kept",
      description:
        "Stored as the recording's `correctedTranscript` (the engine's transcript stays in `voice.transcript`), delivery recomputed on it. " +
        "An answer that failed without a score (its transcription failed) is scored from the correction itself. " +
        "An answer being scored or already scored keeps its score: the correction becomes a new attempt of the question (the recording moves to it), " +
        "and the response is that attempt — note its `id`. 409 while still transcribing, for a typed answer, or when a new attempt is not possible.",
      ...(security ? { security } : {}),
      parameters: [uuid("id", "The answer")],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", required: ["transcript"], properties: { transcript: { type: "string", minLength: 1, maxLength: MAX_ANSWER_CHARS } } } } },
      },
      responses: {
        "200": { description: "The answer scored from the correction (pending until its score arrives)", content: { "application/json": { schema: answerSchema } } },
        "400": { description: "Not JSON, or the transcript is empty or too long" },
        "401": { description: "Authorization not provided" },
        "404": { description: "No such answer, or another user's" },
        "409": { description: "Still transcribing, a typed answer, the interview is over, or the question's attempts are used" },
      },
    },
  };
  paths["/answers/{id}/audio"] = {
    get: {
      operationId: "voice-answer-audio",
      tags: ["voice"],
      summary: "Play a spoken answer's recording (owner or admin); supports Range requests",
      ...(security ? { security } : {}),
      parameters: [uuid("id", "The answer"), { name: "Range", in: "header", required: false, schema: { type: "string", example: "bytes=0-1023" } }],
      responses: {
        "200": { description: "The whole recording", content: Object.fromEntries(RECORDING_CONTENT_TYPES.map((type) => [type, { schema: binary }])) },
        "206": { description: "The requested byte range (Content-Range)", content: { "application/octet-stream": { schema: binary } } },
        "401": { description: "Authorization not provided" },
        "404": { description: "No such answer, another user's, or a typed answer" },
        "410": { description: "The audio was deleted (retention); the transcript is kept" },
        "416": { description: "The range starts past the end" },
      },
    },
  };
}
