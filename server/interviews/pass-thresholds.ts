import type { TLevel } from "@/server/contracts/vocabulary/tracks";

/**
 * The overall score (0–100) an interview needs to pass, per level. The rubric already expects more
 * from a senior for the same points, so the bar rises only gently: it says "ready for this level".
 */
export const PASS_THRESHOLDS: Record<TLevel, number> = { intern: 55, junior: 60, mid: 65, senior: 70 };
