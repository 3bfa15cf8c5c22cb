/**
 * Plans and their limits, in one place. Interview quotas count interviews *started* in a rolling
 * window (abandoned ones included: starting one is what costs us questions and scoring).
 */
export const PLAN_IDS = ["free", "pro", "premium"] as const;
export type TPlanId = (typeof PLAN_IDS)[number];

export interface TPlan {
  id: TPlanId;
  name: string;
  /** Interviews per rolling window; null = unlimited (fair use still applies). */
  interviewsPerWindow: number | null;
  windowDays: number;
  /** Fair-use cap per rolling 24 h for unlimited plans. */
  fairUsePerDay: number | null;
}

export const PLANS: Record<TPlanId, TPlan> = {
  free: { id: "free", name: "Free", interviewsPerWindow: 2, windowDays: 7, fairUsePerDay: null },
  pro: { id: "pro", name: "Pro", interviewsPerWindow: 20, windowDays: 7, fairUsePerDay: null },
  premium: { id: "premium", name: "Premium", interviewsPerWindow: null, windowDays: 7, fairUsePerDay: 50 },
};
