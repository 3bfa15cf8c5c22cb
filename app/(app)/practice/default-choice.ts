/**
 * The track and level the practice form and the dashboard's quick start begin with, from one rule so
 * they never disagree: the last interview the candidate started (what they chose last time), else
 * the preferences from settings, else mid-level software engineering.
 */
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

export const DEFAULT_TRACK: TTrack = "software_engineering";
export const DEFAULT_LEVEL: TLevel = "mid";

export interface TChoice {
  track: TTrack;
  level: TLevel;
}

export function defaultChoice(input: { last: TChoice | null | undefined; preferences: { track: TTrack | null; level: TLevel | null } }): TChoice {
  return {
    track: input.last?.track ?? input.preferences.track ?? DEFAULT_TRACK,
    level: input.last?.level ?? input.preferences.level ?? DEFAULT_LEVEL,
  };
}
