import { and, desc, eq, gt, isNull, lte } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { planGrants, subscriptions, type TPlanGrantRow, type TSubscriptionRow } from "@/db/schema";
import { higherPlan } from "./price-plans";
import { PLANS, type TPlan, type TPlanId, type TPlanSource } from "@/server/contracts/vocabulary/plans";

/** Statuses that entitle to the plan whatever the date: Stripe ends them itself when it stops charging. */
const PAID_STATUSES = ["active", "trialing"];

export interface TResolvedPlan {
  plan: TPlan;
  source: TPlanSource;
  /** The subscription that entitles, else the user's most recently updated one (for its status). */
  subscription: TSubscriptionRow | null;
  grant: TPlanGrantRow | null;
}

/**
 * A subscription entitles while Stripe says active or trialing; past_due keeps the plan only until
 * the end of the period already paid for, so a failed renewal never buys a free extra period.
 */
export function subscriptionEntitles(row: Pick<TSubscriptionRow, "status" | "currentPeriodEnd">, now = new Date()): boolean {
  if (PAID_STATUSES.includes(row.status)) return true;
  return row.status === "past_due" && row.currentPeriodEnd !== null && row.currentPeriodEnd > now;
}

/** The plan a user is on now and where it comes from: the best of their subscriptions and unexpired grants. */
export async function resolvePlan(db: TDbOrTx, userId: string, now = new Date()): Promise<TResolvedPlan> {
  const [subs, grants] = await Promise.all([
    db.select().from(subscriptions).where(eq(subscriptions.userId, userId)).orderBy(desc(subscriptions.updatedAt)),
    db
      .select()
      .from(planGrants)
      .where(and(eq(planGrants.userId, userId), isNull(planGrants.revokedAt), lte(planGrants.startsAt, now), gt(planGrants.endsAt, now)))
      .orderBy(desc(planGrants.endsAt)),
  ]);

  let best: TPlanId = "free";
  let entitling: TSubscriptionRow | null = null;
  for (const row of subs) {
    if (subscriptionEntitles(row, now) && higherPlan(best, row.plan) !== best) {
      best = row.plan;
      entitling = row;
    }
  }
  let grant: TPlanGrantRow | null = null;
  for (const row of grants) {
    if (higherPlan(best, row.plan) !== best) {
      best = row.plan;
      grant = row;
    }
  }
  const source = grant ? "grant" : entitling ? "subscription" : "free";
  return { plan: PLANS[best], source, subscription: entitling ?? subs[0] ?? null, grant };
}

/** The plan whose limits apply to the user now (see resolvePlan). */
export async function currentPlan(db: TDbOrTx, userId: string): Promise<TPlan> {
  return (await resolvePlan(db, userId)).plan;
}
