/** Reading the outbox (for the dev mailbox) and finding the links in an email. */
import { desc } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { outboxEmails } from "@/db/schema";

export type OutboxEntry = Pick<
  typeof outboxEmails.$inferSelect,
  "id" | "to" | "subject" | "text" | "status" | "attempts" | "lastError" | "createdAt" | "sentAt"
>;

/** Newest first. */
export async function listOutbox(db: TDatabase, options: { limit: number }): Promise<OutboxEntry[]> {
  return db
    .select({
      id: outboxEmails.id,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      text: outboxEmails.text,
      status: outboxEmails.status,
      attempts: outboxEmails.attempts,
      lastError: outboxEmails.lastError,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
    })
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(options.limit);
}

/** http(s) URLs up to whitespace, quotes or angle brackets (how links sit in text and in href="…"). */
const LINK_PATTERN = /https?:\/\/[^\s"'<>]+/g;

/** Every distinct http(s) link in the text, in order; punctuation ending a sentence is not part of it. */
export function extractLinks(text: string): string[] {
  const links = (text.match(LINK_PATTERN) ?? []).map((link) => link.replace(/[.,;:!?)\]]+$/, ""));
  return [...new Set(links)];
}
