import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import type { TPlanId } from "./plans";

export const PAID_PLAN_IDS = ["pro", "premium"] as const;
export type TPaidPlanId = (typeof PAID_PLAN_IDS)[number];

/** The Stripe price sold for a plan (STRIPE_PRICE_PRO / STRIPE_PRICE_PREMIUM), or null when unset. */
export function priceIdForPlan(plan: TPaidPlanId): string | null {
  const env = getEnv();
  return (plan === "pro" ? env.STRIPE_PRICE_PRO : env.STRIPE_PRICE_PREMIUM) ?? null;
}

export function requirePriceIdForPlan(plan: TPaidPlanId): string {
  const price = priceIdForPlan(plan);
  if (!price) throw new AppError("SERVICE_UNAVAILABLE", `Billing is not configured on this server (no Stripe price for the ${plan} plan).`);
  return price;
}

/**
 * The plan a price pays for. Only our two configured prices map to a plan: anything else (a price
 * made in the dashboard, an old price) entitles to nothing until someone maps it on purpose.
 */
export function planForPriceId(priceId: string): TPaidPlanId | null {
  for (const plan of PAID_PLAN_IDS) {
    if (priceIdForPlan(plan) === priceId) return plan;
  }
  return null;
}

/** Plans in order of what they give: a higher rank is the better plan. */
export const PLAN_RANK: Record<TPlanId, number> = { free: 0, pro: 1, premium: 2 };

export function higherPlan(a: TPlanId, b: TPlanId): TPlanId {
  return PLAN_RANK[b] > PLAN_RANK[a] ? b : a;
}
