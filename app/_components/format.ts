/** Numbers, money and dates as every page writes them, in one place. */

const COUNT = new Intl.NumberFormat("en-US");
const USD_CENTS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const USD_PRECISE = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });
/** Practice days and series days are UTC calendar days (server/analytics/utc-day.ts), so they are formatted in UTC too. */
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG_DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A 0..1 ratio as "42.5%"; whole numbers lose their ".0". */
export function formatPercent(ratio: number): string {
  const percent = Math.round(ratio * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** Scores and points: one decimal only when there is one (7 → "7", 6.5 → "6.5"); AI grades averaged over runs can be fractional. */
export function formatPoints(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export function formatCents(cents: number): string {
  return USD_CENTS.format(cents / 100);
}

/** AI costs are fractions of a cent per call: up to four decimals. */
export function formatUsd(amount: number): string {
  return USD_PRECISE.format(amount);
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "5 Jan" for a "2026-01-05" day; anything that is not a date is shown as given. */
export function formatDay(day: string): string {
  const date = utcDay(day);
  return Number.isNaN(date.getTime()) ? day : DAY_FORMAT.format(date);
}

/** "5 January 2026" for a "2026-01-05" day. */
export function formatLongDay(day: string): string {
  const date = utcDay(day);
  return Number.isNaN(date.getTime()) ? day : LONG_DAY_FORMAT.format(date);
}

/** "January 5, 2026" for an instant, in the visitor's locale (so only in the browser). */
export function formatLocalDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
}
