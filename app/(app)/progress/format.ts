/** Words and numbers for the progress page. */
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

/** Practice days are UTC calendar days (server/analytics/utc-day.ts), so they are formatted in UTC too. */
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG_DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(day: string): string {
  return DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
}

export function formatLongDay(day: string): string {
  return LONG_DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
}

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… 21st. */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[value % 10] ?? "th";
  return `${value}${suffix}`;
}

/** One decimal only when there is one: 7 → "7", 6.5 → "6.5". */
export function formatPoints(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** The one-click practice start for a skill (the practice page reads these parameters). */
export function practiceHref(input: { track: TTrack; level: TLevel; tags: readonly string[]; count?: number }): string {
  const params = new URLSearchParams({ track: input.track, level: input.level, count: String(input.count ?? 3) });
  if (input.tags.length > 0) params.set("tags", input.tags.join(","));
  params.set("autostart", "1");
  return `/practice?${params.toString()}`;
}
