import { logger } from "@/server/logger";
import { stripeId } from "../stripe-ids";
import { userIdForCustomer } from "../stripe-customers";
import { syncCustomerSubscription } from "../resolve-duplicate-subscriptions";
import type { TStripeEventHandler } from "./types";

/**
 * A checkout we created finished. The user is the one our mapping gives for the session's customer;
 * client_reference_id (our user id, set at creation) must agree, or nothing is applied.
 */
export const checkoutSessionCompleted: TStripeEventHandler<"checkout.session.completed"> = async ({ tx, stripe, event }) => {
  const session = event.data.object;
  if (session.mode !== "subscription") return `ignored: ${session.mode} checkout`;
  const customerId = stripeId(session.customer);
  const userId = customerId ? await userIdForCustomer(tx, customerId) : null;
  if (!userId) return `ignored: customer ${customerId ?? "(none)"} is not mapped to a user`;
  if (session.client_reference_id && session.client_reference_id !== userId) {
    logger().warn({ eventId: event.id, sessionId: session.id }, "checkout session's client_reference_id does not match its customer's user");
    return "ignored: client_reference_id does not match the customer's user";
  }
  const subscriptionId = stripeId(session.subscription);
  if (!subscriptionId) return "ignored: no subscription on the session";
  const outcome = await syncCustomerSubscription(tx, stripe, { customerId, subscriptionId });
  return outcome.applied ? "applied" : `ignored: ${outcome.reason}`;
};
