/**
 * The REST contract's voice view of an answer (api-v1.md "Shape additions": answer.transcript,
 * transcriptSource, delivery, audioUrl) and the contract-shaped voice endpoints' inputs and
 * outputs (POST /interviews/{id}/recordings, PUT /answers/{id}/transcript). Client-safe.
 */
import { z } from "zod";
import { ZCorrectRecordingBodySchema, ZRecordingFailureCodeSchema } from "./voice";

/** Who wrote the transcript that is scored: a server engine, the browser's captions, or the candidate's correction. */
export const ANSWER_TRANSCRIPT_SOURCES = ["openai", "offline", "browser", "edited"] as const;
export const ZAnswerTranscriptSourceSchema = z.enum(ANSWER_TRANSCRIPT_SOURCES);
export type TAnswerTranscriptSource = z.infer<typeof ZAnswerTranscriptSourceSchema>;

/** The contract's short delivery summary, derived from the stored analysis (TAnswer.voice.delivery has the whole). */
export const ZAnswerDeliverySummarySchema = z.object({
  wordsPerMinute: z.number().nonnegative().nullable().describe("Words over speaking time; null when nothing was said"),
  fillers: z.array(z.object({ word: z.string(), count: z.number().int().positive() })).describe("Each filler heard and how often, most frequent first"),
  longPauses: z.number().int().nonnegative().describe("How many silences were long"),
  talkSeconds: z.number().nonnegative().describe("The answer's length in seconds"),
});
export type TAnswerDeliverySummary = z.infer<typeof ZAnswerDeliverySummarySchema>;

/** Null for a typed answer (and absent where the answer is read without its recording, in an interview's list). */
export const ZAnswerVoiceFieldsSchema = z.object({
  transcript: z.string().nullable().optional().describe("A spoken answer's transcript as scored: the correction when there is one, else the engine's"),
  transcriptSource: ZAnswerTranscriptSourceSchema.nullable().optional().describe("Who wrote `transcript`; `edited`: the candidate's correction (the original stays in voice.transcript)"),
  delivery: ZAnswerDeliverySummarySchema.nullable().optional(),
  audioUrl: z.string().nullable().optional().describe("GET it for the recording (owner or admin); null once the audio is deleted (retention)"),
  transcriptionFailure: z
    .object({ code: ZRecordingFailureCodeSchema, message: z.string() })
    .nullable()
    .optional()
    .describe("Why the recording was not transcribed (the answer is then `failed`); send what was said with `PUT /answers/{id}/transcript` to have it scored"),
});
export type TAnswerVoiceFields = z.infer<typeof ZAnswerVoiceFieldsSchema>;

/** PUT /answers/{id}/transcript's body: the same limits as a recording's correction. */
export const ZCorrectAnswerTranscriptBodySchema = ZCorrectRecordingBodySchema;

/** 202 of POST /interviews/{id}/recordings: the answer exists; its transcript (then its score) comes in the background. */
export const ZRecordingAnswerAcceptedSchema = z.object({ answer: z.object({ id: z.uuid(), status: z.literal("transcribing") }) });
export type TRecordingAnswerAccepted = z.infer<typeof ZRecordingAnswerAcceptedSchema>;
