/** Reading the outbox (for the dev mailbox) and finding the links in an email's text. */
import { desc, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { outboxEmails } from "@/db/schema";

export type OutboxEntry = Pick<
  typeof outboxEmails.$inferSelect,
  "id" | "to" | "subject" | "text" | "headers" | "status" | "attempts" | "lastError" | "createdAt" | "sentAt"
>;

/** Newest first. */
/** The newest emails, or the newest to one address (`to`, matched without regard to case). */
export async function listOutbox(db: TDbOrTx, options: { limit: number; to?: string }): Promise<OutboxEntry[]> {
  return db
    .select({
      id: outboxEmails.id,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      text: outboxEmails.text,
      headers: outboxEmails.headers,
      status: outboxEmails.status,
      attempts: outboxEmails.attempts,
      lastError: outboxEmails.lastError,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
    })
    .from(outboxEmails)
    .where(options.to ? sql`lower(${outboxEmails.to}) = lower(${options.to})` : undefined)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(options.limit);
}

/** http(s) URLs up to whitespace, quotes or angle brackets (how links sit in text and in href="…"). */
const LINK_PATTERN = /https?:\/\/[^\s"'<>]+/g;
/** Punctuation ending a sentence right after a link is not part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

export type TextPart = { kind: "text"; value: string } | { kind: "link"; value: string };

/** The text cut into plain runs and links, in order; joining the values gives the text back. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = 0;
  for (const match of text.matchAll(LINK_PATTERN)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, "");
    if (match.index > rest) parts.push({ kind: "text", value: text.slice(rest, match.index) });
    parts.push({ kind: "link", value: link });
    rest = match.index + link.length;
  }
  if (rest < text.length) parts.push({ kind: "text", value: text.slice(rest) });
  return parts;
}

/** Every distinct http(s) link in the text, in order of appearance. */
export function extractLinks(text: string): string[] {
  return [...new Set(splitLinks(text).flatMap((part) => (part.kind === "link" ? [part.value] : [])))];
}
