/**
 * The score shape of api-v1.md ("A score"), shared by every scorer, the database and the API.
 * Validated on the way out of every scorer, so a provider bug cannot reach a candidate.
 */
import { z } from "zod";
import { ZScoreTestsSchema } from "../code";
import { computeTotal } from "./rubrics";
import { ZLanguageSchema } from "./languages";

export const SCORE_FLAGS = [
  "possible_prompt_injection",
  "off_topic",
  "too_short",
  "padding",
  "no_answer",
  "ai_fallback",
  "inconsistent",
] as const;

export const ZScoreFlagSchema = z.enum(SCORE_FLAGS);
export type TScoreFlag = z.infer<typeof ZScoreFlagSchema>;

/**
 * Same limit as the public API (answer: 1..10000 chars); longer answers are refused, not truncated.
 * Characters are Unicode code points, as Zod's `.max()` counts them: an emoji is one character, though
 * JavaScript's `length` counts it as two. Everything that checks this limit counts with `answerLength`.
 */
export const MAX_ANSWER_CHARS = 10_000;

/** An answer's length as the limit counts it: code points (see MAX_ANSWER_CHARS). */
export function answerLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The first `max` code points of a text: never half of a surrogate pair. */
export function firstCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, Math.max(0, max)).join("");
}

export const MAX_EVIDENCE_QUOTES = 3;
export const MAX_EVIDENCE_CHARS = 120;

export const ZDimensionScoreSchema = z
  .object({
    key: z.string().min(1),
    label: z.string().min(1),
    score: z.number().min(0),
    max: z.number().positive(),
    comment: z.string(),
    evidence: z.array(z.string().min(1).max(MAX_EVIDENCE_CHARS)).max(MAX_EVIDENCE_QUOTES),
  })
  .refine((d) => d.score <= d.max, { error: "score must not exceed max", path: ["score"] });

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;

/** How far the scorer trusts its own score (short answer, unusual format, weak relevance...). Optional: an AI provider may omit it. */
export const ZScoreConfidenceSchema = z.object({
  level: z.enum(CONFIDENCE_LEVELS),
  reasons: z.array(z.string()),
});
export type TScoreConfidence = z.infer<typeof ZScoreConfidenceSchema>;

export const ZScoreSchema = z
  .object({
    total: z.number().int().min(0).max(100),
    dimensions: z.array(ZDimensionScoreSchema).min(1),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
    feedback: z.string(),
    sampleAnswer: z.string(),
    followUp: z.string().nullable(),
    flags: z.array(ZScoreFlagSchema),
    scoredBy: z.object({
      provider: z.string().min(1),
      model: z.string().min(1),
      rubricVersion: z.string().min(1),
    }),
    tokens: z.object({ input: z.number().int().min(0), output: z.number().int().min(0) }).nullable(),
    latencyMs: z.number().min(0),
    confidence: ZScoreConfidenceSchema.optional(),
    /** A built-in score given while the AI provider was down; an AI grader re-checks it (api-v1.md "Additions"). */
    provisional: z.boolean().optional(),
    /** A coding answer's tests as the server ran them on the submitted code: the correctness evidence. */
    tests: ZScoreTestsSchema.optional(),
    /** The language the words (comments, feedback, follow-up) were written in; absent on scores written before languages (English). */
    language: ZLanguageSchema.optional(),
  })
  // A total that disagrees with its own dimensions would be a score nobody can explain.
  .refine((s) => s.total === computeTotal(s.dimensions), {
    error: "total must equal the scaled sum of the dimension scores",
    path: ["total"],
  });

export type TScore = z.infer<typeof ZScoreSchema>;
export type TDimensionScore = z.infer<typeof ZDimensionScoreSchema>;
