import { and, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
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

function activeGrants(userId: string, now: Date) {
  return and(eq(planGrants.userId, userId), isNull(planGrants.revokedAt), lte(planGrants.startsAt, now), gt(planGrants.endsAt, now));
}

/**
 * The best plan among a user's subscriptions (those that entitle now) and unexpired grants, with the
 * row it came from; on equal plans the first in the given order wins.
 */
function bestPlan<TSub extends Pick<TSubscriptionRow, "plan" | "status" | "currentPeriodEnd">, TGrant extends { plan: TPlanId }>(
  subs: TSub[],
  grants: TGrant[],
  now: Date,
): { best: TPlanId; entitling: TSub | null; grant: TGrant | null } {
  let best: TPlanId = "free";
  let entitling: TSub | null = null;
  for (const row of subs) {
    if (subscriptionEntitles(row, now) && higherPlan(best, row.plan) !== best) {
      best = row.plan;
      entitling = row;
    }
  }
  let grant: TGrant | null = null;
  for (const row of grants) {
    if (higherPlan(best, row.plan) !== best) {
      best = row.plan;
      grant = row;
    }
  }
  return { best, entitling, grant };
}

/** The plan a user is on now and where it comes from: the best of their subscriptions and unexpired grants. */
export async function resolvePlan(db: TDbOrTx, userId: string, now = new Date()): Promise<TResolvedPlan> {
  const [subs, grants] = await Promise.all([
    db.select().from(subscriptions).where(eq(subscriptions.userId, userId)).orderBy(desc(subscriptions.updatedAt)),
    db.select().from(planGrants).where(activeGrants(userId, now)).orderBy(desc(planGrants.endsAt)),
  ]);
  const { best, entitling, grant } = bestPlan(subs, grants, now);
  const source = grant ? "grant" : entitling ? "subscription" : "free";
  return { plan: PLANS[best], source, subscription: entitling ?? subs[0] ?? null, grant };
}

/**
 * The plan whose limits apply to the user now (see resolvePlan), in one statement: every interview
 * start reads it, and the two reads of resolvePlan were two round trips (docs/performance.md).
 */
export async function currentPlan(db: TDbOrTx, userId: string, now = new Date()): Promise<TPlan> {
  const rows = await db
    .select({ grant: sql<boolean>`false`, plan: subscriptions.plan, status: subscriptions.status, currentPeriodEnd: subscriptions.currentPeriodEnd })
    .from(subscriptions)
    .where(eq(subscriptions.userId, userId))
    .unionAll(
      db
        .select({ grant: sql<boolean>`true`, plan: planGrants.plan, status: sql<string>`'active'`, currentPeriodEnd: sql<Date | null>`null` })
        .from(planGrants)
        .where(activeGrants(userId, now)),
    );
  const { best } = bestPlan(
    rows.filter((row) => !row.grant),
    rows.filter((row) => row.grant),
    now,
  );
  return PLANS[best];
}
