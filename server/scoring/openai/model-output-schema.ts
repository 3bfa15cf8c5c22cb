/**
 * What the model must return: one entry per rubric dimension (score, comment, evidence), plus
 * strengths, improvements, feedback, a follow-up question and flags. Used both as the structured
 * output format sent to the API and, again, to validate what comes back.
 */
import { z } from "zod";
import type { TRubric } from "@/server/contracts/vocabulary/rubrics";
import type { TScoreFlag } from "@/server/contracts/vocabulary/score";

/** Flags the model may raise; "ai_fallback" and "inconsistent" are ours to set. */
export const MODEL_FLAGS = ["possible_prompt_injection", "off_topic", "too_short", "padding", "no_answer"] as const satisfies readonly TScoreFlag[];

export const ZModelDimensionSchema = z.object({
  score: z.number(),
  comment: z.string(),
  evidence: z.array(z.string()),
});

export function modelOutputSchema(rubric: TRubric) {
  const dimensions: Record<string, typeof ZModelDimensionSchema> = {};
  for (const dimension of rubric.dimensions) dimensions[dimension.key] = ZModelDimensionSchema;
  return z.object({
    dimensions: z.object(dimensions),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
    feedback: z.string(),
    followUp: z.string().nullable(),
    flags: z.array(z.enum(MODEL_FLAGS)),
  });
}

export type TModelOutput = z.infer<ReturnType<typeof modelOutputSchema>>;

/**
 * Range check against the rubric: structured outputs guarantee the shape, not the numbers.
 * Returns the reason the output is unusable, or null when every score is within 0..max.
 */
export function findRangeProblem(output: TModelOutput, rubric: TRubric): string | null {
  for (const dimension of rubric.dimensions) {
    const entry = output.dimensions[dimension.key];
    if (!entry) return `missing dimension "${dimension.key}"`;
    if (!Number.isFinite(entry.score) || entry.score < 0 || entry.score > dimension.max) {
      return `score ${entry.score} for "${dimension.key}" is outside 0..${dimension.max}`;
    }
  }
  return null;
}
