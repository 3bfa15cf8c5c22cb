/** The public catalog (catalog.*, REST GET /tracks and GET /questions): tracks with their rubric, and the question bank. Client-safe. */
import { z } from "zod";
import { ZPublicCodingSpecSchema } from "./code";
import { zSafeLine } from "./safe-string";
import { ZTranslatableFieldSchema } from "./question-translations";
import { ZLanguageSchema } from "./vocabulary/languages";
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
  limit: z.coerce.number().min(1).max(100).int().default(20),
  cursor: z.uuid().optional(),
  lang: ZLanguageSchema.describe(
    "Language of the question texts (en, ru, ko). Default: the user's saved language, else Accept-Language, else en. A text not translated yet is English (see `fallback`).",
  ).optional(),
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
export const ZLocalizedQuestionSummarySchema = ZQuestionSummarySchema.extend({
  language: ZLanguageSchema.describe("The language asked for"),
  fallback: z.array(ZTranslatableFieldSchema).describe("Fields shown in English because this language has no translation of them yet"),
  signatures: ZPublicCodingSpecSchema.shape.signatures.describe("Coding questions: the starting code in each language").optional(),
  examples: ZPublicCodingSpecSchema.shape.examples.describe("Coding questions: the visible examples (hidden tests stay on the server)").optional(),
});
export const ZBrowseQuestionsResponseSchema = z.object({
  language: ZLanguageSchema,
  questions: z.array(ZLocalizedQuestionSummarySchema),
  nextCursor: z.string().nullable(),
});
