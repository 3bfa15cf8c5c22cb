import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, momentColumn, ownerColumn } from "./columns";
import { OUTBOX_STATUSES, REMINDER_KINDS } from "@/server/contracts/vocabulary/mail";

export const outboxStatusEnum = pgEnum("outbox_status", OUTBOX_STATUSES);

/**
 * Every email we send, written in the same transaction as the change that caused it.
 * With SMTP configured a job delivers it (retried); without, it stays here as "captured"
 * and the dev mailbox (/dev/mailbox) shows it.
 */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: idColumn(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    /** Extra headers for SMTP (List-Unsubscribe on reminder emails); shown in the dev mailbox. */
    headers: jsonb().$type<Record<string, string>>(),
    status: outboxStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: createdAtColumn(),
    sentAt: momentColumn(),
  },
  (table) => [index("outbox_emails_created_idx").on(table.createdAt), index("outbox_emails_to_idx").on(table.to)],
);

export const reminderKindEnum = pgEnum("reminder_kind", REMINDER_KINDS);

/**
 * One row per user, kind and local day the reminder job handled (sent, or nothing due): the
 * primary key makes the job idempotent however often it runs or retries.
 */
export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    userId: ownerColumn(),
    kind: reminderKindEnum().notNull(),
    /** The candidate's local calendar day the reminder was for. */
    localDay: date({ mode: "string" }).notNull(),
    /** Null when nothing was due, so no email went out. */
    outboxId: uuid(),
    createdAt: createdAtColumn(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind, table.localDay] })],
);
