/** Words and numbers for the admin pages, in one place so every page says "Injection attempt" the same way. */
import { ZTicketStatusSchema, type TTicketStatus } from "@/server/contracts/vocabulary/statuses";

const COUNT = new Intl.NumberFormat("en-US");
const USD_CENTS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const USD_PRECISE = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A 0..1 ratio as "42.5%"; whole numbers lose their ".0". */
export function formatPercent(ratio: number): string {
  const percent = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

export function formatCents(cents: number): string {
  return USD_CENTS.format(cents / 100);
}

/** AI costs are fractions of a cent per call: up to four decimals. */
export function formatUsd(amount: number): string {
  return USD_PRECISE.format(amount);
}

/** "5 Jan" for a "2026-01-05" day of a series (days are UTC dates). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(date);
}

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

export const TICKET_STATUS_NAMES: Record<TTicketStatus, string> = { new: "New", in_progress: "In progress", resolved: "Resolved" };

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

/** The first value of a search parameter (`?q=a&q=b` → "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A 1-based page number from `?page=`; anything odd is page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(firstParam(value));
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/** `/path?a=1&b=2` from the parameters that have a value. */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
