import { and, eq, inArray, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { TDatabase } from "@/db";
import { subscriptions, users } from "@/db/schema";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { refuseWhenSubscribedAtStripe, settleOpenCheckouts } from "./open-checkouts";
import { PLANS, type TPaidPlanId } from "@/server/contracts/vocabulary/plans";
import { requirePriceIdForPlan } from "./price-plans";
import { assertBillingConfigured, getStripe } from "./stripe-client";
import { whileStripeAnswers } from "./stripe-errors";
import { customerIdForUser, ensureStripeCustomer } from "./stripe-customers";
import { LIVE_STATUSES } from "./subscription-statuses";

export { LIVE_STATUSES } from "./subscription-statuses";

/**
 * A Stripe Checkout session for a subscription to `plan`, or the one already open for it. The plan
 * is applied later, by the webhook, from the subscription Stripe reports; nothing here grants anything.
 */
export async function createCheckoutSession(
  db: TDatabase,
  input: { userId: string; plan: TPaidPlanId },
  client: () => Stripe = getStripe,
): Promise<{ url: string }> {
  assertBillingConfigured();
  return whileStripeAnswers(() => checkoutSession(db, input, client));
}

async function checkoutSession(db: TDatabase, input: { userId: string; plan: TPaidPlanId }, client: () => Stripe): Promise<{ url: string }> {
  const stripe = client();
  const price = requirePriceIdForPlan(input.plan);
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");

  // A second subscription would charge twice for one account: plan changes go through the portal.
  // Past-due and unpaid ones count too: Stripe still tries to collect them.
  const [live] = await db
    .select({ plan: subscriptions.plan, status: subscriptions.status })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, user.id), inArray(subscriptions.status, [...LIVE_STATUSES])))
    .limit(1);
  if (live) {
    const name = live.plan === "free" ? "" : `${PLANS[live.plan].name} `;
    throw new AppError("CONFLICT", `You already have a ${name}subscription. To switch plans, use “Manage billing” in Settings → Billing instead of a second checkout.`, {
      plan: live.plan,
      status: live.status,
      action: "manage_billing",
    });
  }

  const customer = await ensureStripeCustomer(db, stripe, user);
  // One checkout decision at a time per user, held across Stripe's answers: a double-click or a
  // second tab waits, then finds the first one's session open instead of opening another.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`stripe-checkout:${user.id}`}))`);
    await refuseWhenSubscribedAtStripe(stripe, customer);
    const open = await settleOpenCheckouts(stripe, customer, input.plan);
    if (open) return { url: open };
    return { url: await newCheckoutSession(stripe, { userId: user.id, customer, price, plan: input.plan }) };
  });
}

async function newCheckoutSession(stripe: Stripe, input: { userId: string; customer: string; price: string; plan: TPaidPlanId }): Promise<string> {
  const { userId, customer, price } = input;
  const appUrl = getEnv().APP_URL;
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: userId,
    line_items: [{ price, quantity: 1 }],
    success_url: `${appUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${appUrl}/billing/cancel`,
    metadata: { userId, plan: input.plan },
    subscription_data: { metadata: { userId, plan: input.plan } },
  });
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
  return session.url;
}

/** The Stripe customer portal (change plan, card, cancel), back to the billing settings after. */
export async function createPortalSession(db: TDatabase, userId: string, client: () => Stripe = getStripe): Promise<{ url: string }> {
  assertBillingConfigured();
  const customerId = await customerIdForUser(db, userId);
  if (!customerId) {
    throw new AppError("NOT_FOUND", `You have no billing account yet. Choose a plan first; the ${PLANS.pro.name} and ${PLANS.premium.name} plans are on the pricing page.`);
  }
  const session = await whileStripeAnswers(() => client().billingPortal.sessions.create({ customer: customerId, return_url: `${getEnv().APP_URL}/settings#billing` }));
  return { url: session.url };
}
