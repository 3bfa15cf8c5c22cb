import { and, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import type { TDbOrTx } from "@/db";
import { subscriptions } from "@/db/schema";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { cancelSubscriptionAtStripe } from "./cancel-at-stripe";
import { expireOpenCheckouts } from "./open-checkouts";
import { getStripe } from "./stripe-client";
import { customerIdForUser } from "./stripe-customers";
import { isStripeUnavailable } from "./stripe-errors";
import { ENDED_SUBSCRIPTION_STATUSES, LIVE_STATUSES } from "./subscription-statuses";

/** When to try again after Stripe could not be reached. */
const RETRY_AFTER_SECONDS = 60;

/** Live, or still waiting for its first payment (which could yet succeed and start billing). */
const CANCELABLE_LOCAL = [...LIVE_STATUSES, "incomplete"];

function refusal(reason: string): AppError {
  return new AppError(
    "SERVICE_UNAVAILABLE",
    `We could not cancel your paid subscription (${reason}), so your account was not deleted and nothing was removed. Please try again in a few minutes.`,
    { retryAfterSeconds: RETRY_AFTER_SECONDS },
  ).withText("server.cancelSubscriptionFailed");
}

/** The kind of failure and Stripe's message, never the request (it carries the key). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const type = (error as { type?: unknown }).type;
  return `${typeof type === "string" ? type : error.name}: ${error.message}`;
}

/**
 * Cancels, at Stripe and at once, every subscription of a user that Stripe still bills, and expires
 * their open checkouts. For account deletion: the user rows cascade away, and without this Stripe
 * would keep charging a deleted account. Only the secret key is needed (cancelling sells nothing).
 *
 * Stripe's own list is asked whenever the user has a Stripe customer, because a payment can reach
 * Stripe before its webhook reaches us. Throws SERVICE_UNAVAILABLE (with a retry delay) when Stripe
 * cannot be reached or fails, so the caller deletes nothing. Returns the cancelled subscription ids.
 */
export async function cancelStripeSubscriptions(db: TDbOrTx, userId: string, client: () => Stripe = getStripe): Promise<string[]> {
  const [local, customerId] = await Promise.all([
    db
      .select({ id: subscriptions.stripeSubscriptionId })
      .from(subscriptions)
      .where(and(eq(subscriptions.userId, userId), inArray(subscriptions.status, CANCELABLE_LOCAL))),
    customerIdForUser(db, userId),
  ]);
  // Never a Stripe customer: nothing can bill, so deletion never waits on Stripe.
  if (local.length === 0 && !customerId) return [];

  if (!getEnv().STRIPE_SECRET_KEY) {
    // Nothing known to bill and no way to ask: nothing to cancel. A live subscription on record,
    // though, would keep charging a deleted account.
    if (local.length === 0) return [];
    logger().error({ userId, subscriptions: local.length }, "account deletion refused: live subscriptions and no STRIPE_SECRET_KEY");
    throw refusal("billing is not configured on this server");
  }
  const stripe = client();

  try {
    const ids = new Set(local.map((row) => row.id));
    if (customerId) {
      // Expire first: a checkout paid meanwhile then shows up in the list below.
      await expireOpenCheckouts(stripe, customerId);
      const atStripe = await stripe.subscriptions.list({ customer: customerId, status: "all", limit: 100 });
      for (const subscription of atStripe.data) if (!ENDED_SUBSCRIPTION_STATUSES.includes(subscription.status)) ids.add(subscription.id);
    }
    for (const id of ids) await cancelSubscriptionAtStripe(stripe, id, { prorate: false }, `rehearse-cancel-${id}`);
    return [...ids];
  } catch (error) {
    if (isStripeUnavailable(error)) {
      logger().warn({ userId, stripeError: describe(error) }, "account deletion refused: Stripe unreachable");
      throw refusal("our payment provider, Stripe, could not be reached");
    }
    // Stripe answered and refused (a bad key, say): still nothing is deleted.
    logger().error({ userId, stripeError: describe(error) }, "account deletion refused: Stripe refused a cancellation");
    throw refusal("our payment provider, Stripe, refused the request");
  }
}
