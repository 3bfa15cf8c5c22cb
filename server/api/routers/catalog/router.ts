import { z } from "zod";
import { publicProcedure, router } from "@/server/api/trpc";
import { browseQuestions, trackCatalog } from "@/server/catalog/catalog";
import { candidateLanguage } from "@/server/questions/candidate-language";
import { ZBrowseQuestionsRequestSchema, ZBrowseQuestionsResponseSchema, ZTracksResponseSchema } from "@/server/contracts/catalog";

export const catalogRouter = router({
  tracks: publicProcedure
    .meta({ openapi: { method: "GET", path: "/tracks", protect: false, tags: ["catalog"], summary: "Tracks, levels and rubric dimensions" } })
    .input(z.void())
    .output(ZTracksResponseSchema)
    .query(() => trackCatalog()),

  questions: publicProcedure
    .meta({ openapi: { method: "GET", path: "/questions", protect: false, tags: ["catalog"], summary: "Browse the question bank", errorResponses: [400] } })
    .input(ZBrowseQuestionsRequestSchema)
    .output(ZBrowseQuestionsResponseSchema)
    .query(async ({ ctx, input }) => browseQuestions(ctx.db, input, await candidateLanguage(ctx, input.lang))),
});
