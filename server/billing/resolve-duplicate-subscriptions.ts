/**
 * One customer, one subscription. Checkout refuses a second one, but two sessions paid before
 * either webhook arrived (or a subscription made in Stripe's dashboard) can still give a customer
 * two that both charge. Every sync runs under a per-customer lock and then keeps the best
 * subscription and cancels the others at Stripe, prorated, recording it on the cancelled row and
 * emailing the user once. The lock makes concurrent deliveries of the two subscriptions' events run
 * one after the other, so the second one sees the first's row; replays find the duplicate cancelled.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { TTransaction } from "@/db";
import { subscriptions, users, type TSubscriptionRow } from "@/db/schema";
import { getEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { queueEmail } from "@/server/mail/send-email";
import { duplicateSubscriptionCanceledEmail } from "./billing-emails";
import { cancelSubscriptionAtStripe } from "./cancel-at-stripe";
import { subscriptionEntitles } from "./current-plan";
import { PLAN_RANK, PLANS } from "@/server/contracts/vocabulary/plans";
import { fromUnix } from "./stripe-ids";
import { LIVE_STATUSES } from "./subscription-statuses";
import { syncStripeSubscription, type TSyncOutcome } from "./sync-subscription";

/**
 * Every writer of a customer's subscription rows takes this lock first (then the subscription's own
 * lock, in sync), always in that order, so cancelling a duplicate under it cannot race a sync of it.
 */
export async function lockStripeCustomer(tx: TTransaction, customerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`stripe-customer-subscriptions:${customerId}`}))`);
}

/** Syncs one subscription from Stripe and then settles duplicates for its customer. */
export async function syncCustomerSubscription(
  tx: TTransaction,
  stripe: Stripe,
  ids: { customerId: string | null; subscriptionId: string },
): Promise<TSyncOutcome> {
  if (ids.customerId) await lockStripeCustomer(tx, ids.customerId);
  const outcome = await syncStripeSubscription(tx, stripe, ids.subscriptionId);
  if (outcome.applied) await cancelDuplicateSubscriptions(tx, stripe, outcome.userId);
  return outcome;
}

/**
 * The subscription to keep first: one that entitles now over one that does not (a failing card
 * should not cost the user the plan that works), then the higher plan, then the older one (the
 * newer has barely been used, so its proration credit is nearly whole). "Older" is the earlier
 * current period start: a duplicate is caught when it arrives, inside both first periods.
 */
function keeperOrder(a: TSubscriptionRow, b: TSubscriptionRow): number {
  const entitles = Number(subscriptionEntitles(b)) - Number(subscriptionEntitles(a));
  if (entitles !== 0) return entitles;
  const rank = PLAN_RANK[b.plan] - PLAN_RANK[a.plan];
  if (rank !== 0) return rank;
  return (a.currentPeriodStart ?? a.createdAt).getTime() - (b.currentPeriodStart ?? b.createdAt).getTime();
}

/**
 * Cancels, at Stripe, every live subscription of the user but the best one. Subscriptions already
 * set to end at their period's end are left alone: they will not charge again, and cancelling one
 * the user kept on purpose could leave them with nothing. Returns the cancelled Stripe ids.
 */
export async function cancelDuplicateSubscriptions(tx: TTransaction, stripe: Stripe, userId: string): Promise<string[]> {
  const live = await tx
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), inArray(subscriptions.status, [...LIVE_STATUSES]), eq(subscriptions.cancelAtPeriodEnd, false)));
  const paid = live.filter((row) => row.plan !== "free").sort(keeperOrder);
  const [keeper, ...duplicates] = paid;
  if (!keeper || duplicates.length === 0) return [];

  const canceled: string[] = [];
  for (const duplicate of duplicates) {
    // Proration credits the unused time; invoice_now issues that credit at once instead of at a renewal that never comes.
    const result = await cancelSubscriptionAtStripe(
      stripe,
      duplicate.stripeSubscriptionId,
      { prorate: true, invoice_now: true },
      `rehearse-duplicate-cancel-${duplicate.stripeSubscriptionId}`,
    );
    const now = new Date();
    await tx
      .update(subscriptions)
      .set({ status: result?.status ?? "canceled", canceledAt: fromUnix(result?.canceled_at) ?? now, updatedAt: now })
      .where(eq(subscriptions.id, duplicate.id));
    // Recorded (and told) once: a replayed event finds the column set.
    const recorded = await tx
      .update(subscriptions)
      .set({ replacedBySubscriptionId: keeper.stripeSubscriptionId, canceledAsDuplicateAt: now })
      .where(and(eq(subscriptions.id, duplicate.id), isNull(subscriptions.canceledAsDuplicateAt)))
      .returning({ id: subscriptions.id });
    canceled.push(duplicate.stripeSubscriptionId);
    logger().info(
      { event: "duplicate_subscription_canceled", userId, canceled: duplicate.stripeSubscriptionId, kept: keeper.stripeSubscriptionId },
      "cancelled a duplicate subscription",
    );
    if (recorded.length > 0) await tellUser(tx, userId, { kept: keeper, canceled: duplicate });
  }
  return canceled;
}

async function tellUser(tx: TTransaction, userId: string, rows: { kept: TSubscriptionRow; canceled: TSubscriptionRow }): Promise<void> {
  const [user] = await tx.select({ email: users.email, name: users.name, language: users.language }).from(users).where(eq(users.id, userId));
  if (!user) return;
  await queueEmail(tx, {
    to: user.email,
    ...duplicateSubscriptionCanceledEmail({
      name: user.name,
      locale: user.language,
      keptPlanName: PLANS[rows.kept.plan].name,
      canceledPlanName: PLANS[rows.canceled.plan].name,
      link: `${getEnv().APP_URL}/settings#billing`,
    }),
  });
}
