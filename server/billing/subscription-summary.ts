import { and, desc, eq, gt } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { subscriptions } from "@/db/schema";
import { quotaState } from "./quota";
import { resolvePlan } from "./current-plan";
import type { TSubscriptionSummary } from "@/server/contracts/billing";
import { isBillingConfigured } from "./stripe-client";
import { customerIdForUser } from "./stripe-customers";

export type { TSubscriptionSummary };

const DUPLICATE_NOTICE_MS = 30 * 24 * 3600 * 1000;

async function recentDuplicate(db: TDbOrTx, userId: string, now: Date): Promise<TSubscriptionSummary["duplicateCanceled"]> {
  const [row] = await db
    .select({ plan: subscriptions.plan, canceledAt: subscriptions.canceledAsDuplicateAt, keptId: subscriptions.replacedBySubscriptionId })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), gt(subscriptions.canceledAsDuplicateAt, new Date(now.getTime() - DUPLICATE_NOTICE_MS))))
    .orderBy(desc(subscriptions.canceledAsDuplicateAt))
    .limit(1);
  if (!row?.canceledAt) return null;
  const [kept] = row.keptId
    ? await db.select({ plan: subscriptions.plan }).from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, row.keptId))
    : [];
  return { canceledPlan: row.plan, keptPlan: kept?.plan ?? null, canceledAt: row.canceledAt.toISOString() };
}

export async function subscriptionSummary(db: TDbOrTx, userId: string, now = new Date()): Promise<TSubscriptionSummary> {
  const [resolved, customerId, duplicateCanceled] = await Promise.all([
    resolvePlan(db, userId, now),
    customerIdForUser(db, userId),
    recentDuplicate(db, userId, now),
  ]);
  const quota = await quotaState(db, userId, resolved.plan, now);
  const entitling = resolved.source === "subscription" ? resolved.subscription : null;
  // On the free plan, the last subscription's status ("canceled", "past_due" after the paid period) says why.
  const status = resolved.source === "grant" ? "active" : (resolved.subscription?.status ?? "none");
  return {
    plan: resolved.plan.id,
    status,
    interviewsUsed: quota.used,
    interviewsLimit: quota.limit,
    periodResetsAt: quota.resetsAt,
    source: resolved.source,
    windowDays: resolved.plan.windowDays,
    fairUsePerDay: resolved.plan.fairUsePerDay,
    currentPeriodEnd: entitling?.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: entitling?.cancelAtPeriodEnd ?? false,
    grantEndsAt: resolved.grant?.endsAt.toISOString() ?? null,
    hasBillingAccount: customerId !== null,
    billingConfigured: isBillingConfigured(),
    duplicateCanceled,
  };
}
