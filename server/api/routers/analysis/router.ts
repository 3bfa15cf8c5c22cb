import { z } from "zod";
import { zSafeText } from "@/server/validation/safe-string";
import { ANALYSIS_PER_USER } from "@/server/rate-limit/fixed-window";
import { ZScoreSchema } from "@/server/scoring/score-schema";
import { analyzeAdhoc } from "@/server/scoring/service/analyze-adhoc";
import { ZAnswerTextSchema } from "@/server/interviews/schemas";
import { ZLevelSchema, ZTrackSchema } from "@/server/tracks";
import { enforceRateLimit } from "@/server/api/rate-limit";
import { protectedProcedure, router } from "@/server/api/trpc";

export const analysisRouter = router({
  run: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/analysis",
        tags: ["analysis"],
        summary: "Score any question and answer synchronously",
        description: "Rate-limited per user (30 an hour); admins are exempt so they can calibrate. `track` may be `general` for custom roles.",
        errorResponses: [400, 401, 429],
      },
    })
    .input(
      z.object({
        track: z.union([ZTrackSchema, z.literal("general")]),
        level: ZLevelSchema,
        question: zSafeText().trim().min(5, { error: "Give the question (at least 5 characters)." }).max(2000),
        answer: ZAnswerTextSchema,
      }),
    )
    .output(z.object({ score: ZScoreSchema }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.user.role !== "admin") await enforceRateLimit(ctx, "analysis:user", ctx.user.id, ANALYSIS_PER_USER);
      const score = await analyzeAdhoc(ctx.db, { rubric: input.track, level: input.level, question: input.question, answer: input.answer, userId: ctx.user.id });
      return { score };
    }),
});
