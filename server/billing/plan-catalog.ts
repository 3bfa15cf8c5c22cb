/**
 * The plans as the pricing page shows them: limits from plans.ts, prices from Stripe (the env's
 * price ids), so the page can never show a price other than the one checkout charges.
 */
import type Stripe from "stripe";
import { logger } from "@/server/logger";
import type { TPlanCatalog, TPlanPrice } from "@/server/contracts/billing";
import { PLAN_IDS, PLANS } from "@/server/contracts/vocabulary/plans";
import { priceIdForPlan } from "./price-plans";
import { getStripe, isBillingConfigured } from "./stripe-client";


const CACHE_MS = 10 * 60 * 1000;
const globalForPrices = globalThis as unknown as { rehearsePriceCache?: Map<string, { at: number; price: TPlanPrice }> };

async function lookUpPrice(stripe: Stripe, priceId: string): Promise<TPlanPrice | null> {
  const cache = (globalForPrices.rehearsePriceCache ??= new Map());
  const hit = cache.get(priceId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.price;
  try {
    const price = await stripe.prices.retrieve(priceId);
    const value = {
      amountCents: price.unit_amount ?? 0,
      currency: price.currency,
      interval: price.recurring?.interval ?? "month",
      intervalCount: price.recurring?.interval_count ?? 1,
    };
    cache.set(priceId, { at: Date.now(), price: value });
    return value;
  } catch (error) {
    // The page still lists the plans and their limits; only the amount is missing.
    logger().warn({ err: error, priceId }, "could not read a Stripe price");
    return null;
  }
}

export async function planCatalog(): Promise<TPlanCatalog> {
  const configured = isBillingConfigured();
  const stripe = configured ? getStripe() : null;
  const plans = await Promise.all(
    PLAN_IDS.map(async (id) => {
      const plan = PLANS[id];
      const priceId = id === "free" ? null : priceIdForPlan(id);
      const price = stripe && priceId ? await lookUpPrice(stripe, priceId) : null;
      return { id, name: plan.name, interviewsPerWindow: plan.interviewsPerWindow, windowDays: plan.windowDays, fairUsePerDay: plan.fairUsePerDay, price };
    }),
  );
  return { billingConfigured: configured, plans };
}
