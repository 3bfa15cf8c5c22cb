/** Words and numbers for the admin pages, in one place so every page says "Injection attempt" the same way. */
import { ZTicketStatusSchema, type TTicketStatus } from "@/server/contracts/vocabulary/statuses";

/** The admin forms count with the shared formatter. */
export { formatCount } from "../format";

/** Why an answer is in the review queue, in a reviewer's words. */
const REASON_LABELS: Record<string, string> = {
  possible_prompt_injection: "Injection attempt",
  ai_fallback: "AI failure",
  off_topic: "Off topic",
  user_dispute: "Disputed by the candidate",
  scoring_failed: "Scoring failed",
  inconsistent: "Inconsistent AI grades",
  too_short: "Too short",
  padding: "Padding",
  no_answer: "No answer",
};

export function reasonLabel(reason: string): string {
  return REASON_LABELS[reason] ?? humanize(reason);
}

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
