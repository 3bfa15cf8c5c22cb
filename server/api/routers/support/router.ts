import { z } from "zod";
import { zSafeLine, zSafeText } from "@/server/validation/safe-string";
import { disputeScore } from "@/server/admin/flagged";
import { addUserMessage, createTicket, listMyTickets } from "@/server/support/tickets";
import { protectedProcedure, router } from "@/server/api/trpc";

const ZMessageSchema = zSafeText().trim().min(1, { error: "Write a message." }).max(10_000, { error: "At most 10,000 characters." });

export const supportRouter = router({
  create: protectedProcedure
    .input(z.object({ subject: zSafeLine().trim().min(3, { error: "Give the subject (at least 3 characters)." }).max(200), message: ZMessageSchema }))
    .mutation(async ({ ctx, input }) => ({ id: (await createTicket(ctx.db, ctx.user.id, input)).id })),

  mine: protectedProcedure.query(({ ctx }) => listMyTickets(ctx.db, ctx.user.id)),

  reply: protectedProcedure
    .input(z.object({ ticketId: z.uuid(), message: ZMessageSchema }))
    .mutation(async ({ ctx, input }) => {
      await addUserMessage(ctx.db, ctx.user.id, input);
      return { ok: true as const };
    }),

  /** "I think this score is wrong": the answer joins the admins' review queue with the reason. */
  disputeScore: protectedProcedure
    .input(z.object({ answerId: z.uuid(), reason: zSafeText().trim().min(5, { error: "Tell us what the score missed (at least 5 characters)." }).max(2000) }))
    .mutation(async ({ ctx, input }) => {
      await disputeScore(ctx.db, ctx.user.id, input);
      return { ok: true as const };
    }),
});
