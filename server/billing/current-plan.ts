import type { TDbOrTx } from "@/db";
import { PLANS, type TPlan } from "./plans";

/**
 * The plan a user is on now. Every account is on the free plan until paid plans (Stripe
 * subscriptions and admin grants) are recorded; this is the one place that will read them.
 */
export async function currentPlan(_db: TDbOrTx, _userId: string): Promise<TPlan> {
  return PLANS.free;
}
