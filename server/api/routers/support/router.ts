import { z } from "zod";
import { zSafeLine, zSafeText } from "@/server/contracts/safe-string";
import { disputeScore } from "@/server/admin/flagged";
import { addUserMessage, createTicket, listMyTickets } from "@/server/support/tickets";
import { protectedProcedure, publicProcedure, router } from "@/server/api/trpc";
import { enforceRateLimit } from "@/server/api/rate-limit";
import { CONTACT_PER_IP } from "@/server/rate-limit/fixed-window";
import { createContactTicket } from "@/server/support/contact";
import { ZContactInputSchema } from "@/server/support/contact-schema";

const ZMessageSchema = zSafeText().trim().min(1, { error: "Write a message." }).max(10_000, { error: "At most 10,000 characters." });

export const supportRouter = router({
  create: protectedProcedure
    .input(z.object({ subject: zSafeLine().trim().min(3, { error: "Give the subject (at least 3 characters)." }).max(200), message: ZMessageSchema }))
    .mutation(async ({ ctx, input }) => ({ id: (await createTicket(ctx.db, ctx.user.id, input)).id })),

  /** The public contact form (/contact): for people who cannot sign in, e.g. a suspended account. */
  contact: publicProcedure.input(ZContactInputSchema).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "contact:ip", ctx.ip, CONTACT_PER_IP);
    await createContactTicket(ctx.db, input);
    return { ok: true as const };
  }),

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
