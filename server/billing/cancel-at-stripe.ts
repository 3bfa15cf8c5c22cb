import type Stripe from "stripe";
import { isStripeInvalidRequest } from "./stripe-errors";
import { ENDED_SUBSCRIPTION_STATUSES } from "./subscription-statuses";

/**
 * Cancels a subscription at Stripe and returns it as Stripe now describes it. A subscription that
 * is already over (cancelled meanwhile, by us in an earlier try or by the customer) counts as done:
 * Stripe refuses to cancel it twice, so on a 4xx we look at it before giving up.
 */
export async function cancelSubscriptionAtStripe(
  stripe: Stripe,
  subscriptionId: string,
  params: Stripe.SubscriptionCancelParams,
  idempotencyKey: string,
): Promise<Stripe.Subscription | null> {
  try {
    return await stripe.subscriptions.cancel(subscriptionId, params, { idempotencyKey });
  } catch (error) {
    if (!isStripeInvalidRequest(error)) throw error;
    if ((error as { code?: string }).code === "resource_missing") return null;
    const current = await stripe.subscriptions.retrieve(subscriptionId);
    if (ENDED_SUBSCRIPTION_STATUSES.includes(current.status)) return current;
    throw error;
  }
}
