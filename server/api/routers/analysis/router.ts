import { z } from "zod";
import { ANALYSIS_PER_USER } from "@/server/rate-limit/fixed-window";
import { analyzeAdhoc } from "@/server/scoring/service/analyze-adhoc";
import { getEnv } from "@/server/env";
import { enforceRateLimit } from "@/server/api/rate-limit";
import { protectedProcedure, router } from "@/server/api/trpc";
import { MAX_BATCH_ITEMS, ZAnalysisBatchInputSchema, ZAnalysisBatchOutputSchema, ZAnalysisInputSchema, ZAnalysisResponseSchema, ZGraderSchema } from "@/server/contracts/analysis";
import { runAnalysisBatch } from "./run-batch";

export const analysisRouter = router({
  /** Whether an AI grader is configured (the feedback card suggests it for low-confidence estimates); web app only. */
  grader: protectedProcedure
    .input(z.void())
    .output(ZGraderSchema)
    .query(() => ({ aiGrader: Boolean(getEnv().OPENAI_API_KEY) })),

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
    .input(ZAnalysisInputSchema)
    .output(ZAnalysisResponseSchema)
    .mutation(async ({ ctx, input }) => {
      if (ctx.user.role !== "admin") await enforceRateLimit(ctx, "analysis:user", ctx.user.id, ANALYSIS_PER_USER);
      const score = await analyzeAdhoc(ctx.db, { rubric: input.track, level: input.level, question: input.question, answer: input.answer, userId: ctx.user.id });
      return { score };
    }),

  batch: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/analysis/batch",
        tags: ["analysis"],
        summary: "Score several questions and answers synchronously",
        description:
          `1 to ${MAX_BATCH_ITEMS} items, each as the body of POST /analysis; \`results\` are in the same order, each \`{score}\` or \`{error:{code,message}}\`. ` +
          "An invalid item gets its own VALIDATION_ERROR entry; the others are still scored. Each valid item counts as one call against the POST /analysis limit " +
          "(items past it get RATE_LIMITED entries; a 429 when none is left to score); admins are exempt.",
        errorResponses: [400, 401, 429],
      },
    })
    .input(ZAnalysisBatchInputSchema)
    .output(ZAnalysisBatchOutputSchema)
    .mutation(async ({ ctx, input }) => ({ results: await runAnalysisBatch(ctx, input.items) })),
});
