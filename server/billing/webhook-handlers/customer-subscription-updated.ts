import { syncStripeSubscription } from "../sync-subscription";
import type { TStripeEventHandler } from "./types";

/** The event's snapshot may be stale by now: sync from the subscription Stripe reports today. */
export const customerSubscriptionUpdated: TStripeEventHandler<"customer.subscription.updated"> = async ({ tx, stripe, event }) => {
  const outcome = await syncStripeSubscription(tx, stripe, event.data.object.id);
  return outcome.applied ? "applied" : `ignored: ${outcome.reason}`;
};
