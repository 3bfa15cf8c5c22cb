/**
 * Convergent subscription sync: whatever event woke us, the local row is overwritten with the
 * subscription as Stripe's API describes it *now*. Redelivered, duplicated and out-of-order events
 * therefore all end in Stripe's current state. A per-subscription lock held across the retrieve
 * means two syncs of one subscription run one after the other, so the later write is the later read.
 * Handlers call it through syncCustomerSubscription (resolve-duplicate-subscriptions.ts), which takes
 * the customer's lock first and then settles a second subscription of the same customer.
 */
import { sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { TTransaction } from "@/db";
import { subscriptions } from "@/db/schema";
import { notifyPlanChanged } from "@/server/realtime/notify";
import { subscriptionEntitles } from "./current-plan";
import type { TPaidPlanId } from "@/server/contracts/vocabulary/plans";
import { planForPriceId } from "./price-plans";
import { fromUnix, stripeId } from "./stripe-ids";
import { userIdForCustomer } from "./stripe-customers";

export type TSyncOutcome =
  | { applied: true; userId: string; plan: TPaidPlanId | "free"; status: string }
  | { applied: false; reason: string };

interface TPricedItem {
  item: Stripe.SubscriptionItem;
  plan: TPaidPlanId | null;
}

/** The item that decides the plan: premium over pro; an item at an unknown price decides nothing. */
function decidingItem(items: Stripe.SubscriptionItem[]): TPricedItem | null {
  const priced = items.map((item) => ({ item, plan: planForPriceId(item.price.id) }));
  return priced.find((entry) => entry.plan === "premium") ?? priced.find((entry) => entry.plan === "pro") ?? priced[0] ?? null;
}

export async function syncStripeSubscription(tx: TTransaction, stripe: Stripe, subscriptionId: string): Promise<TSyncOutcome> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`stripe-subscription:${subscriptionId}`}))`);
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  const customerId = stripeId(subscription.customer);
  const userId = customerId ? await userIdForCustomer(tx, customerId) : null;
  if (!customerId || !userId) return { applied: false, reason: `customer ${customerId ?? "(none)"} is not mapped to a user` };

  const deciding = decidingItem(subscription.items.data);
  if (!deciding) return { applied: false, reason: `subscription ${subscription.id} has no items` };
  const periodEnd = fromUnix(deciding.item.current_period_end);
  // Selling a price we cannot map would take money without giving the plan: fail loudly (the event
  // stays unprocessed with this error for an admin) rather than store a paying user as free.
  if (!deciding.plan && subscriptionEntitles({ status: subscription.status, currentPeriodEnd: periodEnd })) {
    throw new Error(`Price ${deciding.item.price.id} of subscription ${subscription.id} is neither STRIPE_PRICE_PRO nor STRIPE_PRICE_PREMIUM`);
  }

  const price = deciding.item.price;
  const values = {
    userId,
    stripeSubscriptionId: subscription.id,
    stripeCustomerId: customerId,
    plan: deciding.plan ?? ("free" as const),
    status: subscription.status,
    priceId: price.id,
    amountCents: (price.unit_amount ?? 0) * (deciding.item.quantity ?? 1),
    currency: price.currency,
    billingInterval: price.recurring?.interval ?? "month",
    billingIntervalCount: price.recurring?.interval_count ?? 1,
    currentPeriodStart: fromUnix(deciding.item.current_period_start),
    currentPeriodEnd: periodEnd,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    canceledAt: fromUnix(subscription.canceled_at),
    updatedAt: new Date(),
  };
  const { stripeSubscriptionId: _key, ...changes } = values;
  await tx.insert(subscriptions).values(values).onConflictDoUpdate({ target: subscriptions.stripeSubscriptionId, set: changes });
  // Delivered on commit: a billing success page waiting in any web process sees the plan at once.
  await notifyPlanChanged(tx, userId);
  return { applied: true, userId, plan: values.plan, status: values.status };
}
