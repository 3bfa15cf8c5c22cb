/**
 * Numbers, money and dates as every page writes them, in one place, in the interface language:
 * pass the page's locale (`await getLocale()` in a server component, `useLocale()` in a client one).
 * English stays the default so a caller not yet converted keeps its old output.
 */
import { DEFAULT_LANGUAGE, type TLanguage } from "@/server/contracts/vocabulary/languages";

/** The Intl locale each interface language formats with (English: day-month dates, as before). */
const INTL_LOCALE: Record<TLanguage, { numbers: string; dates: string }> = {
  en: { numbers: "en-US", dates: "en-GB" },
  ru: { numbers: "ru-RU", dates: "ru-RU" },
  ko: { numbers: "ko-KR", dates: "ko-KR" },
};

export function intlLocale(locale: TLanguage, kind: "numbers" | "dates" = "dates"): string {
  return INTL_LOCALE[locale][kind];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: TLanguage, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${name}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale].numbers, options)));
  return format;
}

function dateFormat(locale: TLanguage, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale].dates, options)));
  return format;
}

export function formatCount(value: number, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return numberFormat(locale, "count", {}).format(value);
}

/** A 0..1 ratio as "42.5%" ("42,5 %" in Russian); whole numbers lose their ".0". */
export function formatPercent(ratio: number, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return numberFormat(locale, "percent", { style: "percent", maximumFractionDigits: 1 }).format(Math.round(ratio * 1000) / 1000);
}

/** Scores and points: one decimal only when there is one (7 → "7", 6.5 → "6.5", "6,5" in Russian); AI grades averaged over runs can be fractional. */
export function formatPoints(value: number, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return numberFormat(locale, "points", { maximumFractionDigits: 1, useGrouping: false }).format(Math.round(value * 10) / 10);
}

/**
 * A rubric dimension's points as an interviewer reads them: to the half point (6.9 → 7, 7.4 → 7.5,
 * 0.1 → 0). The built-in analyzer keeps tenths so it can rank close answers, but "0.1/10" beside a
 * total of 0 reads like a broken scale; AI grades averaged over two runs are halves already.
 */
export function roundDimensionPoints(value: number): number {
  return Math.round(value * 2) / 2;
}

/** "7", "7.5" ("7,5" in Russian): every place that shows a dimension's points (or their change) writes them this way. */
export function formatDimensionPoints(value: number, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return formatPoints(roundDimensionPoints(value), locale);
}

export function formatCents(cents: number, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return numberFormat(locale, "usd", { style: "currency", currency: "USD" }).format(cents / 100);
}

/** AI costs are fractions of a cent per call: up to four decimals. */
export function formatUsd(amount: number, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return numberFormat(locale, "usdPrecise", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(amount);
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * "5 Jan" for a "2026-01-05" day ("5 янв.", "1월 5일"); anything that is not a date is shown as given.
 * Practice days and series days are UTC calendar days (server/analytics/utc-day.ts), so they are formatted in UTC too.
 */
export function formatDay(day: string, locale: TLanguage = DEFAULT_LANGUAGE): string {
  const date = utcDay(day);
  return Number.isNaN(date.getTime()) ? day : dateFormat(locale, "day", { day: "numeric", month: "short", timeZone: "UTC" }).format(date);
}

/** "5 January 2026" for a "2026-01-05" day. */
export function formatLongDay(day: string, locale: TLanguage = DEFAULT_LANGUAGE): string {
  const date = utcDay(day);
  return Number.isNaN(date.getTime())
    ? day
    : dateFormat(locale, "longDay", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "5 January 2026" for an instant, in the reader's own time zone (so only in the browser). */
export function formatLocalDate(iso: string, locale: TLanguage = DEFAULT_LANGUAGE): string {
  return new Date(iso).toLocaleDateString(INTL_LOCALE[locale].dates, { year: "numeric", month: "long", day: "numeric" });
}
