import { getDeliveryTrend } from "@/server/analytics/delivery-trend";
import { exportAnswers } from "@/server/analytics/export";
import { getProgress } from "@/server/analytics/progress";
import { candidateLanguage } from "@/server/questions/candidate-language";
import { getReviewQueue } from "@/server/analytics/review-queue";
import { getStats } from "@/server/analytics/stats";
import { protectedProcedure, router } from "@/server/api/trpc";
import { ownDataQuery } from "@/server/api/procedure-kinds";
import { ZAnswersExportSchema, ZDeliveryTrendInputSchema, ZDeliveryTrendSchema, ZProgressInputSchema, ZProgressSchema, ZReviewQueueInputSchema, ZReviewQueueSchema, ZStatsInputSchema, ZStatsSchema } from "@/server/contracts/progress";
import { ownJobTarget } from "@/server/job-targets/store";

export const progressRouter = router({
  stats: protectedProcedure
    .meta({
      openapi: { method: "GET", path: "/me/stats", tags: ["progress"], summary: "Your totals, average and best score, and practice streak (optionally for one job target)", errorResponses: [400, 401, 404] },
    })
    .input(ZStatsInputSchema)
    .output(ZStatsSchema)
    .query(async ({ ctx, input }) => {
      // Another user's job target is a 404 before any number is read.
      const jobTargetId = input?.jobTargetId === undefined ? undefined : (await ownJobTarget(ctx.db, ctx.user.id, input.jobTargetId)).id;
      return getStats(ctx.db, ctx.user.id, new Date(), jobTargetId);
    }),

  get: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/me/progress",
        tags: ["progress"],
        summary: "Score over time, skills with trends, skill gaps with questions to practise, and your percentile, for one track (optionally only one job target's interviews)",
        errorResponses: [400, 401, 404],
      },
    })
    .input(ZProgressInputSchema)
    .output(ZProgressSchema)
    .query(async ({ ctx, input }) => {
      if (input.jobTargetId !== undefined) await ownJobTarget(ctx.db, ctx.user.id, input.jobTargetId);
      return getProgress(ctx.db, ctx.user.id, { ...input, language: await candidateLanguage(ctx) });
    }),

  delivery: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/me/delivery",
        tags: ["progress"],
        summary: "Delivery over time: speaking rate and fillers per 100 words of your latest spoken answers (optionally one track)",
        errorResponses: [400, 401],
      },
    })
    .input(ZDeliveryTrendInputSchema)
    .output(ZDeliveryTrendSchema)
    .query(({ ctx, input }) => getDeliveryTrend(ctx.db, ctx.user.id, { track: input?.track })),

  reviewQueue: protectedProcedure
    .meta({
      openapi: { method: "GET", path: "/me/review-queue", tags: ["progress"], summary: "Questions scored under 60 that are due for another try", errorResponses: [401] },
    })
    .input(ZReviewQueueInputSchema)
    .output(ZReviewQueueSchema)
    // The questions' text in the reader's language, as progress.get's recommended questions (#18).
    .query(async ({ ctx }) => getReviewQueue(ctx.db, ctx.user.id, new Date(), await candidateLanguage(ctx))),

  export: ownDataQuery(ZAnswersExportSchema, exportAnswers, {
    method: "GET",
    path: "/me/answers/export",
    tags: ["progress"],
    summary: "Every answer and its score, as JSON (CSV: /api/me/export.csv)",
    errorResponses: [401],
  }),
});
