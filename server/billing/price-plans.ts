import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { PAID_PLAN_IDS, PLAN_RANK, type TPaidPlanId, type TPlanId } from "@/server/contracts/vocabulary/plans";

/** The Stripe price sold for a plan (STRIPE_PRICE_PRO / STRIPE_PRICE_PREMIUM), or null when unset. */
export function priceIdForPlan(plan: TPaidPlanId): string | null {
  const env = getEnv();
  return (plan === "pro" ? env.STRIPE_PRICE_PRO : env.STRIPE_PRICE_PREMIUM) ?? null;
}

export function requirePriceIdForPlan(plan: TPaidPlanId): string {
  const price = priceIdForPlan(plan);
  if (!price) throw new AppError("SERVICE_UNAVAILABLE", `Billing is not configured on this server (no Stripe price for the ${plan} plan).`).withText("billingNotConfigured");
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

export function higherPlan(a: TPlanId, b: TPlanId): TPlanId {
  return PLAN_RANK[b] > PLAN_RANK[a] ? b : a;
}
