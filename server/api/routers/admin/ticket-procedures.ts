import { z } from "zod";
import { adminProcedure } from "@/server/api/trpc";
import { ZInboxInputSchema, ZOkSchema, ZReplyToTicketInputSchema, ZSetTicketStatusInputSchema } from "@/server/contracts/admin";
import { ZTicketSchema } from "@/server/contracts/support";
import { listInbox, replyToTicket, setTicketStatus } from "@/server/support/tickets";
import { actorOf } from "./actor";

/** The support inbox: every ticket, replies (emailed to the candidate) and status changes. */
export const ticketProcedures = {
  tickets: adminProcedure
    .input(ZInboxInputSchema)
    .output(z.array(ZTicketSchema))
    .query(({ ctx, input }) => listInbox(ctx.db, input)),

  replyToTicket: adminProcedure
    .input(ZReplyToTicketInputSchema)
    .output(ZOkSchema)
    .mutation(async ({ ctx, input }) => {
      await replyToTicket(ctx.db, actorOf(ctx.user), input);
      return { ok: true as const };
    }),

  setTicketStatus: adminProcedure
    .input(ZSetTicketStatusInputSchema)
    .output(ZOkSchema)
    .mutation(async ({ ctx, input }) => {
      await setTicketStatus(ctx.db, actorOf(ctx.user), input.ticketId, input.status);
      return { ok: true as const };
    }),
};
