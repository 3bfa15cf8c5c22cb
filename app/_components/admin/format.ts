/** Small helpers for the admin pages' values (their words live in the admin catalogs). */
import { ZTicketStatusSchema, type TTicketStatus } from "@/server/contracts/vocabulary/statuses";

/** The admin forms count with the shared formatter. */
export { formatCount } from "../format";

/** An identifier ("scoring_failed", "question.update") as words, for values the catalogs do not name. */
export function humanize(value: string): string {
  const words = value.replace(/[_.]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : value;
}

export function isTicketStatus(value: unknown): value is TTicketStatus {
  return ZTicketStatusSchema.safeParse(value).success;
}

/** JSON on one line for the audit log's before → after; "—" for nothing. */
export function compactJson(value: unknown): string {
  if (value === null || value === undefined) return "—";
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
