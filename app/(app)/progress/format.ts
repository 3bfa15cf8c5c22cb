/** Links for the progress page (ordinals and other words are in the progress catalog). */
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

/** The one-click practice start for a skill (the practice page reads these parameters). */
export function practiceHref(input: { track: TTrack; level: TLevel; tags: readonly string[]; count?: number }): string {
  const params = new URLSearchParams({ track: input.track, level: input.level, count: String(input.count ?? 3) });
  if (input.tags.length > 0) params.set("tags", input.tags.join(","));
  params.set("autostart", "1");
  return `/practice?${params.toString()}`;
}
