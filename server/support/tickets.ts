/** Support tickets: candidates write from the Help page, admins answer from their inbox (the candidate gets an email). */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { supportTickets, ticketMessages, users } from "@/db/schema";
import { audit, type TActor } from "@/server/audit/audit-log";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { queueEmail } from "@/server/mail/send-email";
import { supportReplyEmail } from "@/server/mail/templates";
import type { TTicketStatus } from "@/server/contracts/vocabulary/statuses";

export async function createTicket(db: TDatabase, userId: string, input: { subject: string; message: string }) {
  return db.transaction(async (tx) => {
    const [ticket] = await tx.insert(supportTickets).values({ userId, subject: input.subject }).returning();
    await tx.insert(ticketMessages).values({ ticketId: ticket!.id, authorId: userId, fromStaff: false, body: input.message });
    return ticket!;
  });
}

async function messagesOf(db: TDatabase, ticketIds: string[]) {
  if (ticketIds.length === 0) return [];
  return db.select().from(ticketMessages).where(inArray(ticketMessages.ticketId, ticketIds)).orderBy(asc(ticketMessages.createdAt));
}

function ticketDto(ticket: typeof supportTickets.$inferSelect, messages: Array<typeof ticketMessages.$inferSelect>, email?: string) {
  return {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    userEmail: email,
    messages: messages
      .filter((message) => message.ticketId === ticket.id)
      .map((message) => ({ id: message.id, fromStaff: message.fromStaff, body: message.body, createdAt: message.createdAt.toISOString() })),
  };
}

export async function listMyTickets(db: TDatabase, userId: string) {
  const tickets = await db.select().from(supportTickets).where(eq(supportTickets.userId, userId)).orderBy(desc(supportTickets.updatedAt));
  const messages = await messagesOf(db, tickets.map((ticket) => ticket.id));
  return tickets.map((ticket) => ticketDto(ticket, messages));
}

export async function addUserMessage(db: TDatabase, userId: string, input: { ticketId: string; message: string }) {
  await db.transaction(async (tx) => {
    const [ticket] = await tx.select().from(supportTickets).where(and(eq(supportTickets.id, input.ticketId), eq(supportTickets.userId, userId)));
    if (!ticket) throw new AppError("NOT_FOUND", "Ticket not found.");
    await tx.insert(ticketMessages).values({ ticketId: ticket.id, authorId: userId, fromStaff: false, body: input.message });
    await tx.update(supportTickets).set({ status: ticket.status === "resolved" ? "new" : ticket.status, updatedAt: sql`now()` }).where(eq(supportTickets.id, ticket.id));
  });
}

export async function listInbox(db: TDatabase, filter: { status?: TTicketStatus; limit: number }) {
  const rows = await db
    // A contact-form ticket has no user: its reply address is on the ticket.
    .select({ ticket: supportTickets, email: sql<string>`coalesce(${users.email}, ${supportTickets.contactEmail})` })
    .from(supportTickets)
    .leftJoin(users, eq(users.id, supportTickets.userId))
    .where(filter.status ? eq(supportTickets.status, filter.status) : undefined)
    .orderBy(desc(supportTickets.updatedAt))
    .limit(filter.limit);
  const messages = await messagesOf(db, rows.map((row) => row.ticket.id));
  return rows.map((row) => ticketDto(row.ticket, messages, row.email));
}

export async function replyToTicket(db: TDatabase, actor: TActor, input: { ticketId: string; message: string; status?: TTicketStatus }) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ ticket: supportTickets, email: sql<string | null>`coalesce(${users.email}, ${supportTickets.contactEmail})`, name: users.name, language: users.language })
      .from(supportTickets)
      .leftJoin(users, eq(users.id, supportTickets.userId))
      .where(eq(supportTickets.id, input.ticketId));
    if (!row?.email) throw new AppError("NOT_FOUND", "Ticket not found.");
    const status = input.status ?? (row.ticket.status === "new" ? "in_progress" : row.ticket.status);
    await tx.insert(ticketMessages).values({ ticketId: row.ticket.id, authorId: actor.id, fromStaff: true, body: input.message });
    await tx.update(supportTickets).set({ status, updatedAt: sql`now()` }).where(eq(supportTickets.id, row.ticket.id));
    await queueEmail(tx, {
      to: row.email,
      ...supportReplyEmail({
        name: row.name ?? undefined,
        locale: row.language,
        ticketSubject: row.ticket.subject,
        message: input.message,
        // Someone who wrote through the public form may have no account to open it in.
        link: row.ticket.userId ? `${getEnv().APP_URL}/help` : null,
      }),
    });
    await audit(tx, actor, { action: "ticket.reply", targetType: "ticket", targetId: row.ticket.id, before: { status: row.ticket.status }, after: { status } });
  });
}

export async function setTicketStatus(db: TDatabase, actor: TActor, ticketId: string, status: TTicketStatus) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ status: supportTickets.status }).from(supportTickets).where(eq(supportTickets.id, ticketId));
    if (!before) throw new AppError("NOT_FOUND", "Ticket not found.");
    await tx.update(supportTickets).set({ status, updatedAt: sql`now()` }).where(eq(supportTickets.id, ticketId));
    await audit(tx, actor, { action: "ticket.status", targetType: "ticket", targetId: ticketId, before, after: { status } });
  });
}
