import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const outboxStatusEnum = pgEnum("outbox_status", ["pending", "sent", "failed", "captured"]);

/**
 * Every email we send, written in the same transaction as the change that caused it.
 * With SMTP configured a job delivers it (retried); without, it stays here as "captured"
 * and the dev mailbox (/dev/mailbox) shows it.
 */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    status: outboxStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [index("outbox_emails_created_idx").on(table.createdAt), index("outbox_emails_to_idx").on(table.to)],
);
