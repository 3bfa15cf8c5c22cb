import { boolean, index, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, formerUserColumn, idColumn, parentColumn, timestampColumns } from "./columns";
import { ANSWER_REVIEW_KINDS, TICKET_STATUSES } from "@/server/contracts/vocabulary/statuses";
import { answers } from "./interviews";
import { users } from "./users";

/** Every admin action: who, what, when, before and after. Never updated or deleted by the app. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: idColumn(),
    actorId: formerUserColumn(),
    actorEmail: text().notNull(),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    before: jsonb(),
    after: jsonb(),
    note: text(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("audit_log_created_idx").on(table.createdAt.desc()), index("audit_log_action_idx").on(table.action, table.createdAt.desc())],
);

/** What happened to a flagged answer: a candidate's dispute, then an admin's resolution. */
export const answerReviews = pgTable(
  "answer_reviews",
  {
    id: idColumn(),
    answerId: parentColumn(() => answers.id),
    kind: text({ enum: ANSWER_REVIEW_KINDS }).notNull(),
    actorId: formerUserColumn(),
    note: text(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("answer_reviews_answer_idx").on(table.answerId)],
);

export const ticketStatusEnum = pgEnum("ticket_status", TICKET_STATUSES);

export const supportTickets = pgTable(
  "support_tickets",
  {
    id: idColumn(),
    /** Null for a message from the public contact form (someone who cannot sign in, e.g. suspended). */
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    /** Where to answer a public contact-form ticket; null for a signed-in user's ticket. */
    contactEmail: text(),
    subject: text().notNull(),
    status: ticketStatusEnum().notNull().default("new"),
    ...timestampColumns(),
  },
  (table) => [index("support_tickets_status_idx").on(table.status, table.updatedAt.desc()), index("support_tickets_user_idx").on(table.userId)],
);

export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: idColumn(),
    ticketId: parentColumn(() => supportTickets.id),
    authorId: formerUserColumn(),
    fromStaff: boolean().notNull(),
    body: text().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("ticket_messages_ticket_idx").on(table.ticketId, table.createdAt)],
);
