import { z } from "zod";
import { exportAnswers } from "@/server/analytics/export";
import { getProgress } from "@/server/analytics/progress";
import { getReviewQueue } from "@/server/analytics/review-queue";
import { getStats } from "@/server/analytics/stats";
import { protectedProcedure, router } from "@/server/api/trpc";
import { ZAnswersExportSchema, ZProgressInputSchema, ZProgressSchema, ZReviewQueueSchema, ZStatsSchema } from "@/server/contracts/progress";

export const progressRouter = router({
  stats: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/me/stats", tags: ["progress"], summary: "Your totals, average and best score, and practice streak", errorResponses: [401] } })
    .input(z.void())
    .output(ZStatsSchema)
    .query(({ ctx }) => getStats(ctx.db, ctx.user.id)),

  get: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/me/progress",
        tags: ["progress"],
        summary: "Score over time, skills with trends, skill gaps with questions to practise, and your percentile, for one track",
        errorResponses: [400, 401],
      },
    })
    .input(ZProgressInputSchema)
    .output(ZProgressSchema)
    .query(({ ctx, input }) => getProgress(ctx.db, ctx.user.id, input)),

  reviewQueue: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/me/review-queue", tags: ["progress"], summary: "Questions scored under 60 that are due for another try", errorResponses: [401] } })
    .input(z.void())
    .output(ZReviewQueueSchema)
    .query(({ ctx }) => getReviewQueue(ctx.db, ctx.user.id)),

  export: protectedProcedure
    .meta({ openapi: { method: "GET", path: "/me/answers/export", tags: ["progress"], summary: "Every answer and its score, as JSON (CSV: /api/me/export.csv)", errorResponses: [401] } })
    .input(z.void())
    .output(ZAnswersExportSchema)
    .query(({ ctx }) => exportAnswers(ctx.db, ctx.user.id)),
});
