/** Delivery feedback for a spoken answer (server/voice/delivery), as the API will return it. Client-safe. */
import { z } from "zod";
import { zSafeText } from "./safe-string";
import { MAX_ANSWER_CHARS } from "./vocabulary/score";
import { ZAnswerKindSchema } from "./vocabulary/statuses";
import type { TTrack } from "./vocabulary/tracks";

export const ZVoiceTimeSpanSchema = z.object({
  startSec: z.number().nonnegative(),
  endSec: z.number().nonnegative(),
});

export const ZFillerHitSchema = z.object({
  filler: z.string().describe('Canonical filler, lower case: "um", "like", "you know"…'),
  text: z.string().describe("The words as they appear in the transcript"),
  wordIndex: z.number().int().nonnegative().describe("Index of the filler's first word among the transcript's words"),
  wordCount: z.number().int().positive(),
  start: z.number().int().nonnegative().describe("Character offset in the transcript (inclusive)"),
  end: z.number().int().nonnegative().describe("Character offset in the transcript (exclusive)"),
});

export const TALK_TIME_VERDICTS = ["short", "on_target", "long"] as const;
export const ZTalkTimeVerdictSchema = z.enum(TALK_TIME_VERDICTS);

export const RATE_VERDICTS = ["slow", "good", "fast"] as const;
export const ZRateVerdictSchema = z.enum(RATE_VERDICTS);

export const ZDeliveryAnalysisSchema = z.object({
  wordCount: z.number().int().nonnegative(),
  durationSec: z.number().nonnegative().describe("Whole recording (or the answer's stated duration without audio)"),
  speakingSec: z.number().nonnegative().describe("Time with speech: pauses of 0.3 s and more are left out"),
  rateBasis: z.enum(["speaking_time", "duration"]).describe("speaking_time when an audio envelope was available"),
  wordsPerMinute: z.number().nonnegative().nullable().describe("Words over speaking time; null when nothing was said"),
  rateVerdict: ZRateVerdictSchema.nullable(),
  fillers: z.array(ZFillerHitSchema),
  fillerCounts: z.record(z.string(), z.number().int().positive()),
  fillersPerHundredWords: z.number().nonnegative(),
  longPauses: z.array(ZVoiceTimeSpanSchema).describe("Silences of at least longPauseSec between speech"),
  longPauseSec: z.number().positive(),
  suggestedSec: z.number().positive().nullable().describe("The question's suggested answer length"),
  talkTimeVerdict: ZTalkTimeVerdictSchema.nullable(),
  summary: z.array(z.string()).describe("Whole sentences of feedback, most important first"),
});

export type TFillerHit = z.infer<typeof ZFillerHitSchema>;
export type TDeliveryAnalysis = z.infer<typeof ZDeliveryAnalysisSchema>;
export type TVoiceTimeSpan = z.infer<typeof ZVoiceTimeSpanSchema>;

/**
 * A recording's life: uploaded and queued for transcription, transcribed (the candidate may correct
 * the text), or failed (no engine, unreadable audio: the candidate types or corrects the transcript).
 * Declared once: the pgEnum in db/schema/voice.ts, the API and the UI derive from it.
 */
export const RECORDING_STATUSES = ["transcribing", "transcribed", "failed"] as const;
export const ZRecordingStatusSchema = z.enum(RECORDING_STATUSES);
export type TRecordingStatus = z.infer<typeof ZRecordingStatusSchema>;

/** Who produced a transcript: a server engine, or the browser's live captions (a draft, marked as such). */
export const TRANSCRIPT_ENGINES = ["openai", "pocketsphinx", "browser"] as const;
export const ZTranscriptEngineSchema = z.enum(TRANSCRIPT_ENGINES);
export type TTranscriptEngine = z.infer<typeof ZTranscriptEngineSchema>;

/** Audio types accepted for upload, each recognised from the file's first bytes (not from its name). */
export const RECORDING_CONTENT_TYPES = ["audio/wav", "audio/webm", "audio/ogg", "audio/mpeg", "audio/mp4"] as const;
export const ZRecordingContentTypeSchema = z.enum(RECORDING_CONTENT_TYPES);
export type TRecordingContentType = z.infer<typeof ZRecordingContentTypeSchema>;

/**
 * How long a spoken answer should take, by track: what interviewers expect of a spoken answer
 * (a STAR story about two minutes, a design or product answer about three). The recorder's timer and
 * the talk-time feedback both read it.
 */
export const SUGGESTED_SPEAKING_SECONDS = {
  behavioral: 120,
  product_management: 180,
  software_engineering: 180,
  coding: 120,
} as const satisfies Record<TTrack, number>;

// ── recordings: the public shape and the voice.* procedures' inputs (REST /recordings too) ──────────

/** The longest a client may ask to wait for a transcript (GET /recordings/{id}?wait=…), as for answers. */
export const MAX_RECORDING_WAIT_SECONDS = 30;

/** Why a recording was not transcribed (server/voice/job/failure-reasons.ts words each one); the web app says it in the reader's language. */
export const RECORDING_FAILURE_CODES = ["noEngine", "audioMissing", "unreadable", "englishOnly", "tooLong", "noSpeech", "gaveUp", "engine"] as const;
export const ZRecordingFailureCodeSchema = z.enum(RECORDING_FAILURE_CODES);
export type TRecordingFailureCode = z.infer<typeof ZRecordingFailureCodeSchema>;

export const ZRecordingSchema = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  questionId: z.uuid(),
  kind: ZAnswerKindSchema,
  status: ZRecordingStatusSchema,
  contentType: ZRecordingContentTypeSchema,
  byteSize: z.number().int().nonnegative(),
  durationSec: z.number().nonnegative().nullable().describe("From the WAV header, or after conversion; null when unknown"),
  engine: ZTranscriptEngineSchema.nullable().describe("Which engine produced `transcript`"),
  transcript: z.string().nullable().describe("The engine's transcript, as it came (never overwritten)"),
  browserTranscript: z.string().nullable().describe("The browser's live captions: a draft, shown as such"),
  correctedTranscript: z.string().nullable().describe("The candidate's correction, kept beside the original"),
  failureReason: z.string().nullable().describe("Why it was not transcribed and what to do, in English"),
  failureCode: ZRecordingFailureCodeSchema.nullable().describe("failureReason as a stable code; `engine`: the speech-to-text service refused, in its own words"),
  delivery: ZDeliveryAnalysisSchema.nullable(),
  audioUrl: z.string().nullable().describe("Same-origin playback address; null once the audio is deleted (retention)"),
  /** The answer this recording was submitted with; null before submit. */
  answerId: z.uuid().nullable(),
  createdAt: z.string(),
  transcribedAt: z.string().nullable(),
});
export type TRecording = z.infer<typeof ZRecordingSchema>;

export const ZRecordingIdInputSchema = z.object({ id: z.uuid() });
export const ZGetRecordingInputSchema = z.object({
  id: z.uuid(),
  wait: z.number().min(0).max(MAX_RECORDING_WAIT_SECONDS).int().optional().describe("Seconds to wait while transcribing (long poll)"),
});
export const ZRecordingUpdatesInputSchema = z.object({
  id: z.uuid(),
  /** The last event id the client saw (tracked() id): not sent again on reconnect. */
  lastEventId: z.string().max(100).nullish(),
});

/** The candidate's correction: the same limits as a typed answer. */
export const ZCorrectRecordingInputSchema = z.object({
  id: z.uuid(),
  transcript: zSafeText()
    .refine((text) => text.trim().length > 0, { error: "Write the transcript before saving it." })
    .pipe(z.string().max(MAX_ANSWER_CHARS, { error: `A transcript has at most ${MAX_ANSWER_CHARS} characters.` })),
});
export const ZCorrectRecordingBodySchema = ZCorrectRecordingInputSchema.omit({ id: true });

/** The browser's live captions (may be empty when the browser heard nothing). */
export const ZSaveBrowserTranscriptInputSchema = z.object({
  id: z.uuid(),
  text: zSafeText().max(MAX_ANSWER_CHARS, { error: `A transcript has at most ${MAX_ANSWER_CHARS} characters.` }),
});

/** The upload's query string: `?kind=answer|follow_up` (default answer). */
export const ZUploadRecordingQuerySchema = z.object({ kind: ZAnswerKindSchema.default("answer") });

export const ZRecordingResponseSchema = z.object({ recording: ZRecordingSchema });

/** What an answer shows of its recording (TAnswer.voice). */
export const ZAnswerVoiceSchema = ZRecordingSchema.pick({ engine: true, transcript: true, correctedTranscript: true, durationSec: true, delivery: true, audioUrl: true }).extend({
  recordingId: z.uuid(),
});
export type TAnswerVoice = z.infer<typeof ZAnswerVoiceSchema>;
