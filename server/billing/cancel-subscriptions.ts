import { and, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import type { TDbOrTx } from "@/db";
import { subscriptions } from "@/db/schema";
import { LIVE_STATUSES } from "./checkout";
import { getStripe, isBillingConfigured } from "./stripe-client";

/**
 * Cancels, at Stripe and at once, every subscription of a user that Stripe still bills. For account
 * deletion: the user rows cascade away, and without this Stripe would keep charging a deleted account.
 * Returns the canceled subscription ids. Throws if Stripe refuses, so the deletion can stop too.
 */
export async function cancelStripeSubscriptions(db: TDbOrTx, userId: string, client: () => Stripe = getStripe): Promise<string[]> {
  const live = await db
    .select({ id: subscriptions.stripeSubscriptionId })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), inArray(subscriptions.status, LIVE_STATUSES)));
  if (live.length === 0 || !isBillingConfigured()) return [];
  const stripe = client();
  for (const row of live) {
    await stripe.subscriptions.cancel(row.id, { prorate: false }, { idempotencyKey: `rehearse-cancel-${row.id}` });
  }
  return live.map((row) => row.id);
}
