import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

/**
 * A follow-up an interviewer asks after the main answer. `dimension` is the rubric dimension key
 * (server/contracts/vocabulary/rubrics.ts, for the question's track) the follow-up probes: an answer to it is
 * graded on that dimension, and the scorer picks the follow-up aimed at the weakest one.
 */
export interface SeedFollowUp {
  text: string;
  dimension: string;
}

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
  /** 2–4 hand-written follow-ups, each aimed at a different rubric dimension. */
  followUps: SeedFollowUp[];
  sampleAnswer: string;
  /**
   * Coding track: the function to write, visible examples, hidden tests and reference solutions
   * (server/code-runner/types.ts). null for a coding question that is not function-shaped; unset elsewhere.
   */
  coding?: TCodingSpec | null;
}
