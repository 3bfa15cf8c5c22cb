import type { TLevel, TTrack } from "@/server/tracks";

/** One question of the built-in bank. `slug` is the stable key: edit anything else and the seed updates in place. */
export interface SeedQuestion {
  slug: string;
  track: TTrack;
  level: TLevel;
  text: string;
  tags: string[];
  difficulty: 1 | 2 | 3 | 4 | 5;
  /** What an excellent answer covers; the scorer checks coverage against these. */
  keyPoints: string[];
  sampleAnswer: string;
}
