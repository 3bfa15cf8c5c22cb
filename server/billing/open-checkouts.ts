/**
 * What Stripe already holds for a customer when they ask for a checkout: subscriptions our webhook
 * may not have applied yet, and Checkout Sessions still open. Each open session can still be paid,
 * and each paid one is a subscription: two open sessions are how one account ends up paying twice.
 */
import type Stripe from "stripe";
import { AppError } from "@/server/errors";
import { PAID_PLAN_IDS, PLANS, type TPaidPlanId } from "@/server/contracts/vocabulary/plans";
import { isStripeInvalidRequest } from "./stripe-errors";
import { LIVE_STATUSES } from "./subscription-statuses";

/** A session this close to Stripe's expiry is not handed out again: the user might not finish in time. */
const MIN_REUSE_MS = 10 * 60 * 1000;

function planOf(session: Stripe.Checkout.Session): TPaidPlanId | null {
  const plan = session.metadata?.plan;
  return PAID_PLAN_IDS.find((id) => id === plan) ?? null;
}

function planName(plan: string | null | undefined): string {
  return plan === "pro" || plan === "premium" ? `${PLANS[plan].name} ` : "";
}

/**
 * A payment can reach Stripe before its webhook reaches us: ask Stripe itself whether the customer
 * already has a subscription that bills, and send them to change plan instead of paying twice.
 */
export async function refuseWhenSubscribedAtStripe(stripe: Stripe, customerId: string): Promise<void> {
  const subscriptions = await stripe.subscriptions.list({ customer: customerId, limit: 100 });
  const live = subscriptions.data.find((subscription) => LIVE_STATUSES.includes(subscription.status));
  if (!live) return;
  const plan = live.metadata?.plan;
  throw new AppError(
    "CONFLICT",
    `You already have a ${planName(plan)}subscription (your payment may still be processing). To switch plans, use “Manage billing” in Settings → Billing instead of a second checkout.`,
    { status: live.status, action: "manage_billing" },
  );
}

/**
 * Leaves at most one open subscription checkout for the customer, and returns its URL when it is
 * for the plan asked now (a double-click, a second tab, a return to the pricing page).
 *
 * A different plan asked while one is open expires the open one at Stripe, then the caller creates
 * the new one: the latest choice is what the user wants, and refusing would strand them behind a
 * session they may have closed the tab of (it stays payable for 24 hours). An expired session can
 * no longer be paid, so only one subscription can come out of it. If the old session completed
 * between our list and our expire, the user has just paid: refuse, rather than sell a second plan.
 */
export async function settleOpenCheckouts(stripe: Stripe, customerId: string, plan: TPaidPlanId, now = Date.now()): Promise<string | null> {
  const open = await stripe.checkout.sessions.list({ customer: customerId, status: "open", limit: 100 });
  let reuse: Stripe.Checkout.Session | null = null;
  for (const session of open.data) {
    if (session.mode !== "subscription") continue;
    const reusable = !reuse && planOf(session) === plan && session.url !== null && session.expires_at * 1000 - now > MIN_REUSE_MS;
    if (reusable) {
      reuse = session;
      continue;
    }
    await expireCheckout(stripe, session);
  }
  return reuse?.url ?? null;
}

async function expireCheckout(stripe: Stripe, session: Stripe.Checkout.Session): Promise<void> {
  try {
    await stripe.checkout.sessions.expire(session.id);
  } catch (error) {
    if (!isStripeInvalidRequest(error)) throw error;
    // Stripe expires only open sessions: see what became of this one.
    const current = await stripe.checkout.sessions.retrieve(session.id);
    if (current.status === "expired") return;
    const plan = planOf(session);
    throw new AppError(
      "CONFLICT",
      `Your earlier ${planName(plan)}checkout has just been paid. Your plan appears in Settings → Billing within a minute; to switch plans, use “Manage billing” there.`,
      { action: "manage_billing" },
    ).withText("checkoutJustPaid", { plan: plan ?? "none" });
  }
}

/** On account deletion: no open checkout may still turn into a subscription of a deleted account. */
export async function expireOpenCheckouts(stripe: Stripe, customerId: string): Promise<void> {
  const open = await stripe.checkout.sessions.list({ customer: customerId, status: "open", limit: 100 });
  for (const session of open.data) {
    try {
      await stripe.checkout.sessions.expire(session.id);
    } catch (error) {
      // Completed meanwhile: its subscription is in the list of subscriptions the caller cancels next.
      if (!isStripeInvalidRequest(error)) throw error;
    }
  }
}
