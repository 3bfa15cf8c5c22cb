/** The analysis router's procedures (analysis.*, REST POST /analysis and /analysis/batch). Client-safe. */
import { z } from "zod";
import { ZAnswerTextSchema } from "./interviews";
import { ZScoreSchema } from "./vocabulary/score";
import { zSafeText } from "./safe-string";
import { RUBRIC_IDS } from "./vocabulary/rubrics";
import { LEVELS, ZLevelSchema } from "./vocabulary/tracks";

/** At most this many items in one POST /analysis/batch. */
export const MAX_BATCH_ITEMS = 20;

export const ZAnalysisInputSchema = z.object({
  // One enum, so a wrong value is told the allowed ones (a union of an enum and a literal said "Invalid input").
  track: z.enum(RUBRIC_IDS).describe("A track's rubric, or general for a role outside the four tracks"),
  level: ZLevelSchema,
  question: zSafeText().trim().min(5, { error: "Give the question (at least 5 characters)." }).max(2000),
  answer: ZAnswerTextSchema,
});
export type TAnalysisInput = z.infer<typeof ZAnalysisInputSchema>;

/**
 * Items are checked one by one inside the procedure (a bad item gets its own error entry, the
 * others are still scored), so here an item is any JSON value, documented with the item's shape.
 */
const ZBatchItemSchema = z.unknown().meta({
  description: "One item, as the body of POST /analysis. An invalid item gets its own error entry in `results`.",
  type: "object",
  required: ["track", "level", "question", "answer"],
  properties: {
    track: { type: "string", enum: [...RUBRIC_IDS] },
    level: { type: "string", enum: [...LEVELS] },
    question: { type: "string", minLength: 5, maxLength: 2000 },
    answer: { type: "string", minLength: 1, maxLength: 10_000 },
  },
});

export const ZAnalysisBatchInputSchema = z.object({
  items: z
    .array(ZBatchItemSchema)
    .min(1, { error: "Send at least one item." })
    .max(MAX_BATCH_ITEMS, { error: `Send at most ${MAX_BATCH_ITEMS} items in one batch.` }),
});

export const ZBatchItemErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type TBatchItemError = z.infer<typeof ZBatchItemErrorSchema>;

export const ZAnalysisBatchResultSchema = z.union([z.object({ score: ZScoreSchema }), z.object({ error: ZBatchItemErrorSchema })]);
export type TAnalysisBatchResult = z.infer<typeof ZAnalysisBatchResultSchema>;

export const ZAnalysisResponseSchema = z.object({ score: ZScoreSchema });
export const ZGraderSchema = z.object({ aiGrader: z.boolean() });

export const ZAnalysisBatchOutputSchema = z.object({ results: z.array(ZAnalysisBatchResultSchema) });
