/**
 * Plans and their limits, in one place (prices come from Stripe: server/billing/plan-catalog.ts).
 * Interview quotas count interviews *started* in a rolling window (abandoned ones included:
 * starting one is what costs us questions and scoring).
 */
import { z } from "zod";

export const PLAN_IDS = ["free", "pro", "premium"] as const;
export const ZPlanIdSchema = z.enum(PLAN_IDS);
export type TPlanId = z.infer<typeof ZPlanIdSchema>;

/** The plans a checkout sells (and an admin grants). */
export const PAID_PLAN_IDS = ["pro", "premium"] as const;
export const ZPaidPlanIdSchema = z.enum(PAID_PLAN_IDS);
export type TPaidPlanId = z.infer<typeof ZPaidPlanIdSchema>;

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

/** What gives a user their plan: a paid subscription, an admin grant, or nothing (free). */
export const PLAN_SOURCES = ["subscription", "grant", "free"] as const;
export const ZPlanSourceSchema = z.enum(PLAN_SOURCES);
export type TPlanSource = z.infer<typeof ZPlanSourceSchema>;

/** Plans in order of what they give: a higher rank is the better plan. */
export const PLAN_RANK: Record<TPlanId, number> = { free: 0, pro: 1, premium: 2 };
