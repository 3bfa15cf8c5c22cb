/**
 * Plan names in the reader's language (#18). The server keeps writing the English name (PLANS[id].name:
 * REST, Stripe, logs); pages and emails name a plan by its id through the `common.plans.<id>` catalog
 * key. "Pro" and "Premium" are brand names and stay Latin in ru and ko, as Russian and Korean products
 * sell "YouTube Premium" or "Spotify Premium"; "Free" is a description, not a brand, so it is
 * translated (Бесплатный, 무료). plan-names.test.ts checks the English catalog repeats PLANS' names.
 */
import { PLAN_IDS, PLANS, type TPlanId } from "./plans";

export const PLAN_NAME_KEYS = { free: "plans.free", pro: "plans.pro", premium: "plans.premium" } as const satisfies Record<TPlanId, `plans.${TPlanId}`>;

/** The plan an id ("free") or an English name ("Free", as server messages write it) stands for; null for anything else. */
export function planIdOf(value: string | null | undefined): TPlanId | null {
  if (!value) return null;
  return PLAN_IDS.find((id) => id === value || PLANS[id].name === value) ?? null;
}
