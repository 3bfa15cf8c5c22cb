/** The public catalog (catalog.*, REST GET /tracks and GET /questions): tracks with their rubric, and the question bank. Client-safe. */
import { z } from "zod";
import { zSafeLine } from "./safe-string";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";

export const ZTrackInfoSchema = z.object({
  id: ZTrackSchema,
  name: z.string(),
  levels: z.array(ZLevelSchema),
  dimensions: z.array(z.object({ key: z.string(), label: z.string(), max: z.number().int() })),
});
export const ZTracksResponseSchema = z.object({ tracks: z.array(ZTrackInfoSchema) });

export const ZBrowseQuestionsRequestSchema = z.object({
  track: ZTrackSchema.optional(),
  level: ZLevelSchema.optional(),
  tag: zSafeLine().trim().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.uuid().optional(),
});
export type TBrowseQuestionsRequest = z.infer<typeof ZBrowseQuestionsRequestSchema>;

export const ZQuestionSummarySchema = z.object({
  id: z.uuid(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  text: z.string(),
  tags: z.array(z.string()),
  difficulty: z.number().int(),
});
export const ZBrowseQuestionsResponseSchema = z.object({ questions: z.array(ZQuestionSummarySchema), nextCursor: z.string().nullable() });
