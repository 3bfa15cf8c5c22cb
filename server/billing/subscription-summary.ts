import { and, desc, eq, gt } from "drizzle-orm";
import { z } from "zod";
import type { TDbOrTx } from "@/db";
import { subscriptions } from "@/db/schema";
import { quotaState } from "./quota";
import { resolvePlan } from "./current-plan";
import { PLAN_IDS, ZPlanSourceSchema } from "@/server/contracts/vocabulary/plans";
import { isBillingConfigured } from "./stripe-client";
import { customerIdForUser } from "./stripe-customers";

/** GET /me/subscription: the contract's five fields first, then what the settings page shows. */
export const ZSubscriptionSummarySchema = z.object({
  plan: z.enum(PLAN_IDS),
  /** Stripe's status of the user's subscription ("active", "past_due", "canceled"…), "active" for a grant, "none" without either. */
  status: z.string(),
  interviewsUsed: z.number().int(),
  /** Null: unlimited (fair use applies). */
  interviewsLimit: z.number().int().nullable(),
  /** When the oldest interview in the window stops counting; null when none counts. */
  periodResetsAt: z.iso.datetime().nullable(),
  source: ZPlanSourceSchema,
  windowDays: z.number().int(),
  fairUsePerDay: z.number().int().nullable(),
  /** End of the paid period: the renewal date, or the end date when cancelAtPeriodEnd. */
  currentPeriodEnd: z.iso.datetime().nullable(),
  cancelAtPeriodEnd: z.boolean(),
  grantEndsAt: z.iso.datetime().nullable(),
  /** Whether "Manage billing" (the Stripe portal) has an account to open. */
  hasBillingAccount: z.boolean(),
  billingConfigured: z.boolean(),
  /** A second subscription we cancelled in the last 30 days (two checkouts paid), for the settings notice. */
  duplicateCanceled: z
    .object({ canceledPlan: z.enum(PLAN_IDS), keptPlan: z.enum(PLAN_IDS).nullable(), canceledAt: z.iso.datetime() })
    .nullable(),
});
export type TSubscriptionSummary = z.infer<typeof ZSubscriptionSummarySchema>;

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
