/**
 * How good a candidate is at a skill now: a weighted mean of that dimension's scores where each
 * answer counts half as much as the one five answers newer (half-life 5 answers). A plain average
 * would let months-old weak answers hide today's progress; the newest answer alone would swing
 * with every question's difficulty.
 */
export const MASTERY_HALF_LIFE = 5;
/** Older answers than this weigh under 0.1% of the newest (0.5^(50/5) ≈ 0.001): not worth loading. */
export const MASTERY_WINDOW = 50;

/** Weight of the answer `age` answers before the newest (age 0 = newest → 1). */
export function masteryWeight(age: number): number {
  return 0.5 ** (age / MASTERY_HALF_LIFE);
}

/** `chronological`: scores oldest first. Null when there is nothing to weigh. */
export function mastery(chronological: readonly number[]): number | null {
  if (chronological.length === 0) return null;
  let weighted = 0;
  let weights = 0;
  const newest = chronological.length - 1;
  chronological.forEach((value, index) => {
    const weight = masteryWeight(newest - index);
    weighted += weight * value;
    weights += weight;
  });
  return weighted / weights;
}
