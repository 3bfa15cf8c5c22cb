/** Words for interview data shared by the dashboard, history and report pages. */
import type { TInterviewStatus } from "@/server/contracts/vocabulary/statuses";
import { LEVEL_NAMES, TRACK_NAMES, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";

export const STATUS_NAMES: Record<TInterviewStatus, string> = {
  in_progress: "In progress",
  completed: "Completed",
  abandoned: "Abandoned",
};

export function trackName(track: TTrack): string {
  return TRACK_NAMES[track];
}

export function levelName(level: TLevel): string {
  return LEVEL_NAMES[level];
}

/** "45 s", "4 min 05 s", "1 h 12 min"; null when nothing was recorded. */
export function formatDuration(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return null;
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${String(rest).padStart(2, "0")} s`;
  return `${rest} s`;
}

/** The ISO duration for a <time dateTime>, so machines read what people read. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  return `PT${Math.floor(total / 3600)}H${Math.floor((total % 3600) / 60)}M${total % 60}S`;
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
