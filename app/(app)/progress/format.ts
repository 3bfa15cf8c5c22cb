/** Words and numbers for the progress page. */
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… 21st. */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[value % 10] ?? "th";
  return `${value}${suffix}`;
}

/** The one-click practice start for a skill (the practice page reads these parameters). */
export function practiceHref(input: { track: TTrack; level: TLevel; tags: readonly string[]; count?: number }): string {
  const params = new URLSearchParams({ track: input.track, level: input.level, count: String(input.count ?? 3) });
  if (input.tags.length > 0) params.set("tags", input.tags.join(","));
  params.set("autostart", "1");
  return `/practice?${params.toString()}`;
}
