import { disputeScore } from "@/server/admin/flagged";
import { enforceRateLimit } from "@/server/api/rate-limit";
import { ok } from "@/server/api/ok";
import { protectedProcedure, publicProcedure, router } from "@/server/api/trpc";
import { ZOkSchema } from "@/server/contracts/admin";
import {
  ZContactInputSchema,
  ZCreateTicketInputSchema,
  ZCreateTicketResponseSchema,
  ZDisputeScoreInputSchema,
  ZTicketReplyInputSchema,
  ZTicketSchema,
} from "@/server/contracts/support";
import { CONTACT_PER_IP, SUPPORT_PER_USER } from "@/server/rate-limit/fixed-window";
import { createContactTicket } from "@/server/support/contact";
import { addUserMessage, createTicket, listMyTickets } from "@/server/support/tickets";
import { z } from "zod";

export const supportRouter = router({
  create: protectedProcedure
    .input(ZCreateTicketInputSchema)
    .output(ZCreateTicketResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "support:user", ctx.user.id, SUPPORT_PER_USER);
      return { id: (await createTicket(ctx.db, ctx.user.id, input)).id };
    }),

  /** The public contact form (/contact): for people who cannot sign in, e.g. a suspended account. */
  contact: publicProcedure
    .input(ZContactInputSchema)
    .output(ZOkSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "contact:ip", ctx.ip, CONTACT_PER_IP);
      await createContactTicket(ctx.db, input);
      return { ok: true as const };
    }),

  mine: protectedProcedure.output(z.array(ZTicketSchema)).query(({ ctx }) => listMyTickets(ctx.db, ctx.user.id)),

  reply: protectedProcedure
    .input(ZTicketReplyInputSchema)
    .output(ZOkSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "support:user", ctx.user.id, SUPPORT_PER_USER);
      return ok(addUserMessage(ctx.db, ctx.user.id, input));
    }),

  /** "I think this score is wrong": the answer joins the admins' review queue with the reason. */
  disputeScore: protectedProcedure
    .input(ZDisputeScoreInputSchema)
    .output(ZOkSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "support:user", ctx.user.id, SUPPORT_PER_USER);
      return ok(disputeScore(ctx.db, ctx.user.id, input));
    }),
});
