/**
 * Revenue and subscription figures for the admin metrics (its `billing` hook). Revenue is what
 * Stripe collected (payments, one row per paid invoice); MRR and counts are the subscriptions that
 * entitle to a plan right now, with each price normalised to a month.
 */
import { and, count, gte, lt, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { payments, subscriptions, users } from "@/db/schema";

export interface TBillingMetricsResult {
  revenueCents: number;
  mrrCents: number;
  activeSubscriptions: number;
  /** Share of all accounts on a paying subscription now (0..1). */
  conversionRate: number;
  subscriptionsByPlan: Array<{ plan: string; count: number }>;
  /** "YYYY-MM-DD" → cents collected that day. */
  revenueByDay: Record<string, number>;
}

/** Subscriptions that entitle now: the SQL twin of subscriptionEntitles (current-plan.ts). */
const ENTITLING = sql`(${subscriptions.status} in ('active', 'trialing') or (${subscriptions.status} = 'past_due' and ${subscriptions.currentPeriodEnd} > now()))`;

/** A price per interval as a monthly amount (a yearly plan counts a twelfth each month). */
const MONTHLY_CENTS = sql`case ${subscriptions.billingInterval}
  when 'year' then ${subscriptions.amountCents}::numeric / (12 * ${subscriptions.billingIntervalCount})
  when 'week' then ${subscriptions.amountCents}::numeric * 52 / (12 * ${subscriptions.billingIntervalCount})
  when 'day' then ${subscriptions.amountCents}::numeric * 365 / (12 * ${subscriptions.billingIntervalCount})
  else ${subscriptions.amountCents}::numeric / ${subscriptions.billingIntervalCount} end`;

export async function billingMetrics(db: TDbOrTx, period: { from: Date; to: Date }): Promise<TBillingMetricsResult> {
  const inPeriod = and(gte(payments.paidAt, period.from), lt(payments.paidAt, period.to));
  const day = sql<string>`date_trunc('day', ${payments.paidAt})::date::text`;
  const [byDay, byPlan, [mrr], [accounts]] = await Promise.all([
    db.select({ day, cents: sql<string>`sum(${payments.amountCents})` }).from(payments).where(inPeriod).groupBy(day),
    db.select({ plan: subscriptions.plan, count: count() }).from(subscriptions).where(ENTITLING).groupBy(subscriptions.plan),
    db
      .select({ cents: sql<string | null>`round(sum(${MONTHLY_CENTS}))`, payingUsers: sql<number>`count(distinct ${subscriptions.userId})::int` })
      .from(subscriptions)
      .where(ENTITLING),
    db.select({ total: count() }).from(users),
  ]);
  const revenueByDay = Object.fromEntries(byDay.map((row) => [row.day, Number(row.cents)]));
  const payingUsers = mrr?.payingUsers ?? 0;
  const totalUsers = accounts?.total ?? 0;
  return {
    revenueCents: Object.values(revenueByDay).reduce((total, cents) => total + cents, 0),
    mrrCents: Number(mrr?.cents ?? 0),
    activeSubscriptions: byPlan.reduce((total, row) => total + row.count, 0),
    conversionRate: totalUsers > 0 ? Math.round((payingUsers / totalUsers) * 1000) / 1000 : 0,
    subscriptionsByPlan: byPlan.map((row) => ({ plan: row.plan, count: row.count })),
    revenueByDay,
  };
}
