import { tracked } from "@trpc/server";
import { z } from "zod";
import { ZAnswerResponseSchema } from "@/server/contracts/interviews";
import { getAnswer } from "@/server/interviews/get-answer";
import { answerUpdates, MAX_WAIT_SECONDS, waitForAnswer } from "@/server/interviews/answer-updates";
import { protectedProcedure } from "@/server/api/trpc";

const ZGetAnswerInputSchema = z.object({
  id: z.uuid(),
  // Range before int: a number past the safe-integer range then reports this limit first, not 2^53.
  wait: z
    .number()
    .min(0)
    .max(MAX_WAIT_SECONDS)
    .int()
    .optional()
    .describe(
      `Long-poll: while the answer is pending, wait up to this many seconds (0–${MAX_WAIT_SECONDS}) for its score; ` +
        "the response comes as soon as the status leaves `pending`, or when the wait ends (then still pending).",
    ),
});

export const getAnswerProcedure = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/answers/{id}",
      tags: ["interviews"],
      summary: "An answer and its score",
      description: `Add \`?wait=${MAX_WAIT_SECONDS}\` to long-poll for the score instead of polling; or follow \`GET /answers/{id}/events\` (server-sent events).`,
      errorResponses: [400, 401, 404],
    },
  })
  .input(ZGetAnswerInputSchema)
  .output(ZAnswerResponseSchema)
  .query(async ({ ctx, input, signal }) => ({ answer: await waitForAnswer(ctx.db, ctx.user.id, input.id, input.wait ?? 0, signal) }));

/**
 * The answer now and on every change until it is no longer pending (server-sent events through
 * httpSubscriptionLink). Event ids are the answer's version: a client that reconnects with the
 * last one gets nothing it already has.
 */
export const onAnswerProcedure = protectedProcedure
  .input(z.object({ id: z.uuid(), lastEventId: z.string().max(100).nullish() }))
  .subscription(async ({ ctx, input, signal }) => {
    // Checked before the stream opens: someone else's answer is a plain NOT_FOUND, not an empty stream.
    await getAnswer(ctx.db, ctx.user.id, input.id);
    const updates = answerUpdates(ctx.db, ctx.user.id, input.id, { signal, lastVersion: input.lastEventId });
    return (async function* () {
      for await (const { version, answer } of updates) yield tracked(version, { answer });
    })();
  });
