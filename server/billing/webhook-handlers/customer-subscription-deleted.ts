import { syncCustomerSubscription } from "../resolve-duplicate-subscriptions";
import { stripeId } from "../stripe-ids";
import type { TStripeEventHandler } from "./types";

/** The event's snapshot may be stale by now: sync from the subscription Stripe reports today. */
export const customerSubscriptionDeleted: TStripeEventHandler<"customer.subscription.deleted"> = async ({ tx, stripe, event }) => {
  const subscription = event.data.object;
  const outcome = await syncCustomerSubscription(tx, stripe, { customerId: stripeId(subscription.customer), subscriptionId: subscription.id });
  return outcome.applied ? "applied" : `ignored: ${outcome.reason}`;
};
