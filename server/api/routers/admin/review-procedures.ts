import { ok } from "@/server/api/ok";
import { adminProcedure } from "@/server/api/trpc";
import { dismissFlag, listFlagged, rescoreAnswer, setManualScore } from "@/server/admin/flagged";
import { ZDismissFlagInputSchema, ZFlaggedInputSchema, ZFlaggedResponseSchema, ZOkSchema, ZRescoreInputSchema, ZScoreResponseSchema, ZSetManualScoreInputSchema } from "@/server/contracts/admin";
import { actorOf } from "./actor";

/** admin.flagged and the actions that resolve a flagged answer. */
export const reviewProcedures = {
  flagged: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/flagged", tags: ["admin"], summary: "Answers waiting for review", errorResponses: [401, 403] } })
    .input(ZFlaggedInputSchema)
    .output(ZFlaggedResponseSchema)
    .query(async ({ ctx, input }) => ({ answers: await listFlagged(ctx.db, input) })),

  rescore: adminProcedure
    .input(ZRescoreInputSchema)
    .output(ZScoreResponseSchema)
    .mutation(async ({ ctx, input }) => ({ score: await rescoreAnswer(ctx.db, actorOf(ctx.user), input.answerId, input.using) })),

  setManualScore: adminProcedure
    .input(ZSetManualScoreInputSchema)
    .output(ZScoreResponseSchema)
    .mutation(async ({ ctx, input }) => ({ score: await setManualScore(ctx.db, actorOf(ctx.user), input) })),

  dismissFlag: adminProcedure
    .input(ZDismissFlagInputSchema)
    .output(ZOkSchema)
    .mutation(({ ctx, input }) => ok(dismissFlag(ctx.db, actorOf(ctx.user), input.answerId, input.note))),
};
