/**
 * Level-aware expectations: every count-based signal saturates at a target scaled by the level,
 * so the same answer earns less at senior than at intern (a senior is expected to bring more
 * depth, numbers and trade-offs for the same score).
 */
import type { TLevel } from "@/server/contracts/vocabulary/tracks";

const EXPECTATION: Record<TLevel, number> = {
  intern: 0.7,
  junior: 0.85,
  mid: 1,
  senior: 1.25,
};

export function expectationFor(level: TLevel): number {
  return EXPECTATION[level];
}

/** Below this many words an answer cannot show enough for its level and is flagged too short. */
export function minimumWordsFor(level: TLevel): number {
  return Math.round(20 * EXPECTATION[level]);
}
