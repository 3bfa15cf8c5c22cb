/**
 * The OpenAPI entries of the two recording routes served outside the tRPC adapter (recording-routes.ts):
 * the raw-body upload and the audio playback. The upload answers the same `{ recording }` as
 * GET /recordings/{id}, so its schema is taken from that generated operation. The contract's
 * answer-shaped voice endpoints are added with them (openapi-answer-voice-paths.ts).
 */
import { RECORDING_CONTENT_TYPES } from "@/server/contracts/voice";
import { addAnswerVoicePaths } from "./openapi-answer-voice-paths";

type TPaths = Record<string, Record<string, { security?: unknown; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;

export function addRecordingPaths(paths: Record<string, unknown>, limits: { maxBytes: number; maxSeconds: number }): void {
  const typed = paths as TPaths;
  const getRecording = typed["/recordings/{id}"]?.get;
  const security = getRecording?.security;
  const recordingSchema = getRecording?.responses?.["200"]?.content?.["application/json"]?.schema ?? { type: "object" };
  const uuid = (name: string, description: string) => ({ name, in: "path", required: true, schema: { type: "string", format: "uuid" }, description });
  const maxMb = Math.round((limits.maxBytes / (1024 * 1024)) * 10) / 10;

  paths["/interviews/{id}/questions/{questionId}/recordings"] = {
    post: {
      operationId: "voice-upload",
      tags: ["voice"],
      summary: "Upload a spoken answer's audio; it is transcribed in the background",
      description:
        `The request body is the audio itself (${RECORDING_CONTENT_TYPES.join(", ")}), recognised from its first bytes, not its name or Content-Type. ` +
        `At most ${maxMb} MB (413 while it streams, with or without Content-Length) and, for WAV, ${limits.maxSeconds} seconds (from its header). ` +
        "Answers 201 with the recording in status `transcribing`; follow it with `GET /recordings/{id}?wait=30`, then submit the answer with `recordingId`. " +
        "60 uploads an hour per user.",
      ...(security ? { security } : {}),
      parameters: [
        uuid("id", "The interview"),
        uuid("questionId", "The interview's question"),
        { name: "kind", in: "query", required: false, schema: { type: "string", enum: ["answer", "follow_up"], default: "answer" }, description: "The main answer or the follow-up answer" },
      ],
      requestBody: { required: true, content: Object.fromEntries([...RECORDING_CONTENT_TYPES, "application/octet-stream"].map((type) => [type, { schema: { type: "string", format: "binary" } }])) },
      responses: {
        "201": { description: "The stored recording, queued for transcription", content: { "application/json": { schema: recordingSchema } } },
        "400": { description: "Empty body, damaged WAV header, bad kind or id" },
        "401": { description: "Authorization not provided" },
        "404": { description: "Not your interview, or no such question" },
        "409": { description: "The interview is no longer in progress" },
        "413": { description: "Larger than the byte limit, or a WAV longer than the duration limit" },
        "415": { description: "Not audio of an accepted type; the message names what was found" },
        "429": { description: "Too many uploads" },
        "503": { description: "Storage unavailable; nothing was saved" },
      },
    },
  };
  paths["/recordings/{id}/audio"] = {
    get: {
      operationId: "voice-audio",
      tags: ["voice"],
      summary: "Play a recording (owner only); supports Range requests",
      ...(security ? { security } : {}),
      parameters: [uuid("id", "The recording"), { name: "Range", in: "header", required: false, schema: { type: "string", example: "bytes=0-1023" } }],
      responses: {
        "200": { description: "The whole recording", content: Object.fromEntries(RECORDING_CONTENT_TYPES.map((type) => [type, { schema: { type: "string", format: "binary" } }])) },
        "206": { description: "The requested byte range (Content-Range)", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
        "401": { description: "Authorization not provided" },
        "404": { description: "No such recording, or another user's" },
        "410": { description: "The audio was deleted (retention); the transcript is kept" },
        "416": { description: "The range starts past the end" },
      },
    },
  };
  addAnswerVoicePaths(paths, { maxMb, maxSeconds: limits.maxSeconds });
}
