/**
 * The track and level the practice form and the dashboard's quick start begin with, from one rule so
 * they never disagree: whichever the candidate chose more recently of the last interview they started
 * and the preferences they saved in settings, else mid-level software engineering. A preference saved
 * after that interview started wins (else changing it in settings would look broken); otherwise the
 * last interview's choice does, as it is what they picked last time.
 */
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

export const DEFAULT_TRACK: TTrack = "software_engineering";
export const DEFAULT_LEVEL: TLevel = "mid";

export interface TChoice {
  track: TTrack;
  level: TLevel;
}

export interface TChoiceInput {
  /** The last interview started (interviews.list's first), if any. */
  last: (TChoice & { startedAt: string }) | null | undefined;
  /** The public user's preferences: `updatedAt` is when track or level last changed (null: never). */
  preferences: { track: TTrack | null; level: TLevel | null; updatedAt: string | null };
}

export function defaultChoice({ last, preferences }: TChoiceInput): TChoice {
  if (!last || savedAfter(preferences.updatedAt, last.startedAt)) {
    // A preference left empty ("no preference") still falls back to the last interview's choice.
    return {
      track: preferences.track ?? last?.track ?? DEFAULT_TRACK,
      level: preferences.level ?? last?.level ?? DEFAULT_LEVEL,
    };
  }
  return { track: last.track, level: last.level };
}

/** Strictly later: a preference saved in the same instant the interview started does not displace it. */
function savedAfter(savedAt: string | null, startedAt: string): boolean {
  if (savedAt === null) return false;
  const saved = Date.parse(savedAt);
  const started = Date.parse(startedAt);
  return Number.isFinite(saved) && Number.isFinite(started) && saved > started;
}
