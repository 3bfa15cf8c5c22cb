/**
 * The public contact form, for people who cannot sign in (a suspended account, a lost address): the
 * message becomes a support ticket with no user and the address to answer, in the admins' inbox
 * next to the others. No receipt email: the form must not become a way to mail arbitrary addresses.
 */
import type { TDatabase } from "@/db";
import { supportTickets, ticketMessages } from "@/db/schema";
import { logger } from "@/server/logger";
import type { TContactInput } from "@/server/contracts/support";

export async function createContactTicket(db: TDatabase, input: TContactInput): Promise<{ id: string }> {
  const id = await db.transaction(async (tx) => {
    const [ticket] = await tx.insert(supportTickets).values({ userId: null, contactEmail: input.email, subject: input.subject }).returning({ id: supportTickets.id });
    if (!ticket) throw new Error("The ticket insert returned no row");
    await tx.insert(ticketMessages).values({ ticketId: ticket.id, authorId: null, fromStaff: false, body: input.message });
    return ticket.id;
  });
  logger().info({ ticketId: id }, "contact form ticket created");
  return { id };
}
