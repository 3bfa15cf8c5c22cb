/**
 * Is a skill going up, flat or down? A least-squares line through the last TREND_WINDOW scores of
 * one dimension, each scaled to 0–10, x = answer number (oldest first). Its slope is in points
 * per answer.
 *
 * Threshold ±0.15 points per answer: across the 10-answer window that is a change of about
 * 1.35 points on the 0–10 scale, roughly one rubric band (e.g. "adequate" → "good"), which a
 * reader of the feedback would notice. Smaller slopes over ten noisy points mostly reflect which
 * questions happened to come up (difficulty varies), so they read as "stable". Fewer than 3
 * points cannot show a direction (two points always make a perfect line), so they are "stable" too.
 *
 * Enough data (trendEvidence): a slope over one sitting mostly measures which questions came up that
 * day, not a change in skill, so a trend is shown only when the window holds at least
 * MIN_TREND_ANSWERS answers on at least MIN_TREND_DAYS different UTC days. Short of that the API keeps
 * the contract's "stable" (its enum has no "unknown") and says so in `trendEnoughData`.
 */
import { MIN_TREND_ANSWERS, MIN_TREND_DAYS, TREND_WINDOW, type TTrend } from "@/server/contracts/vocabulary/progress";

export const TREND_THRESHOLD = 0.15;
export const MIN_TREND_POINTS = 3;

/** Least-squares slope of `values` against 0, 1, 2…; 0 when there is no spread in x (n < 2). */
export function leastSquaresSlope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  values.forEach((value, x) => {
    numerator += (x - meanX) * (value - meanY);
    denominator += (x - meanX) ** 2;
  });
  return numerator / denominator;
}

/** Scores are stored on each dimension's own scale (0–10, or 0–25 for the general rubric). */
export function toTenPointScale(score: number, max: number): number {
  return max > 0 ? (Math.min(Math.max(score, 0), max) / max) * 10 : 0;
}

/** Strictly beyond the threshold: exactly ±0.15 is still "stable". */
export function classifySlope(slope: number): TTrend {
  return slope > TREND_THRESHOLD ? "improving" : slope < -TREND_THRESHOLD ? "declining" : "stable";
}

/** `chronological`: one dimension's 0–10 scores, oldest first; only the last TREND_WINDOW count. */
export function trendOf(chronological: readonly number[]): { trend: TTrend; slope: number | null } {
  const window = chronological.slice(-TREND_WINDOW);
  if (window.length < MIN_TREND_POINTS) return { trend: "stable", slope: null };
  const slope = leastSquaresSlope(window);
  return { trend: classifySlope(slope), slope };
}

export interface TTrendEvidence {
  enough: boolean;
  /** Answers in the trend window (the last TREND_WINDOW). */
  answers: number;
  /** Distinct UTC days those answers were given on. */
  days: number;
}

/** `chronologicalDays`: the UTC day ("YYYY-MM-DD") of each scored answer, oldest first. */
export function trendEvidence(chronologicalDays: readonly string[]): TTrendEvidence {
  const window = chronologicalDays.slice(-TREND_WINDOW);
  const days = new Set(window).size;
  return { enough: window.length >= MIN_TREND_ANSWERS && days >= MIN_TREND_DAYS, answers: window.length, days };
}
