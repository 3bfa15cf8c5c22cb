import { and, arrayContains, asc, eq, gt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { zSafeLine } from "@/server/contracts/safe-string";
import { questions } from "@/db/schema";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { LEVELS, TRACK_NAMES, TRACKS, ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";
import { publicProcedure, router } from "@/server/api/trpc";

const ZTrackInfoSchema = z.object({
  id: ZTrackSchema,
  name: z.string(),
  levels: z.array(ZLevelSchema),
  dimensions: z.array(z.object({ key: z.string(), label: z.string(), max: z.number().int() })),
});

const ZQuestionSummarySchema = z.object({
  id: z.uuid(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  text: z.string(),
  tags: z.array(z.string()),
  difficulty: z.number().int(),
});

export const catalogRouter = router({
  tracks: publicProcedure
    .meta({ openapi: { method: "GET", path: "/tracks", protect: false, tags: ["catalog"], summary: "Tracks, levels and rubric dimensions" } })
    .input(z.void())
    .output(z.object({ tracks: z.array(ZTrackInfoSchema) }))
    .query(() => ({
      tracks: TRACKS.map((track) => ({
        id: track,
        name: TRACK_NAMES[track],
        levels: [...LEVELS],
        dimensions: getRubric(track).dimensions.map((dimension) => ({ key: dimension.key, label: dimension.label, max: dimension.max })),
      })),
    })),

  questions: publicProcedure
    .meta({ openapi: { method: "GET", path: "/questions", protect: false, tags: ["catalog"], summary: "Browse the question bank", errorResponses: [400] } })
    .input(
      z.object({
        track: ZTrackSchema.optional(),
        level: ZLevelSchema.optional(),
        tag: zSafeLine().trim().min(1).max(40).optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
        cursor: z.uuid().optional(),
      }),
    )
    .output(z.object({ questions: z.array(ZQuestionSummarySchema), nextCursor: z.string().nullable() }))
    .query(async ({ ctx, input }) => {
      const filters: SQL[] = [eq(questions.active, true)];
      if (input.track) filters.push(eq(questions.track, input.track));
      if (input.level) filters.push(eq(questions.level, input.level));
      if (input.tag) filters.push(arrayContains(questions.tags, [input.tag]));
      if (input.cursor) filters.push(gt(questions.id, input.cursor));
      const rows = await ctx.db
        .select({ id: questions.id, track: questions.track, level: questions.level, text: questions.text, tags: questions.tags, difficulty: questions.difficulty })
        .from(questions)
        .where(and(...filters))
        .orderBy(asc(questions.id))
        .limit(input.limit + 1);
      const page = rows.slice(0, input.limit);
      return { questions: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
    }),
});
