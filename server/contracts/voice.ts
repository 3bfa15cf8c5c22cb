/** Delivery feedback for a spoken answer (server/voice/delivery), as the API will return it. Client-safe. */
import { z } from "zod";

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
