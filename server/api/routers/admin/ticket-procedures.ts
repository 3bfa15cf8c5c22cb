import { z } from "zod";
import { ok } from "@/server/api/ok";
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
    .mutation(({ ctx, input }) => ok(replyToTicket(ctx.db, actorOf(ctx.user), input))),

  setTicketStatus: adminProcedure
    .input(ZSetTicketStatusInputSchema)
    .output(ZOkSchema)
    .mutation(({ ctx, input }) => ok(setTicketStatus(ctx.db, actorOf(ctx.user), input.ticketId, input.status))),
};
