/**
 * currentPlan reads subscriptions and grants in one statement; it must name the same plan as
 * resolvePlan (two reads, whole rows) in every case that decides a plan.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { planGrants, subscriptions } from "@/db/schema";
import type { TPlanId } from "@/server/contracts/vocabulary/plans";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { currentPlan, resolvePlan } from "./current-plan";

const db = connectTestDb();
const DAY_MS = 24 * 3600 * 1000;

async function subscribe(userId: string, plan: TPlanId, status: string, currentPeriodEnd: Date | null) {
  const id = randomUUID();
  await db.insert(subscriptions).values({ userId, plan, status, currentPeriodEnd, stripeSubscriptionId: `sub_${id}`, stripeCustomerId: `cus_${id}`, priceId: `price_${plan}` });
}

async function grant(userId: string, plan: TPlanId, endsAt: Date, revokedAt: Date | null = null) {
  await db.insert(planGrants).values({ userId, plan, startsAt: new Date(Date.now() - DAY_MS), endsAt, revokedAt });
}

async function bothSay(userId: string): Promise<TPlanId> {
  const [fromOne, fromTwo] = await Promise.all([currentPlan(db, userId), resolvePlan(db, userId)]);
  expect(fromOne.id).toBe(fromTwo.plan.id);
  return fromOne.id;
}

describe("currentPlan in one statement", () => {
  it("agrees with resolvePlan: free, paid, past_due within and after its period, grants above and below, revoked and expired grants", async () => {
    const now = Date.now();
    const free = await verifiedTestUser(db, "plan-free");
    expect(await bothSay(free.user.id)).toBe("free");

    const paid = await verifiedTestUser(db, "plan-paid");
    await subscribe(paid.user.id, "pro", "active", new Date(now + 10 * DAY_MS));
    await subscribe(paid.user.id, "premium", "canceled", new Date(now + 10 * DAY_MS));
    expect(await bothSay(paid.user.id)).toBe("pro");

    const pastDue = await verifiedTestUser(db, "plan-past-due");
    await subscribe(pastDue.user.id, "premium", "past_due", new Date(now + DAY_MS));
    expect(await bothSay(pastDue.user.id)).toBe("premium");
    const lapsed = await verifiedTestUser(db, "plan-lapsed");
    await subscribe(lapsed.user.id, "premium", "past_due", new Date(now - DAY_MS));
    expect(await bothSay(lapsed.user.id)).toBe("free");

    const granted = await verifiedTestUser(db, "plan-granted");
    await subscribe(granted.user.id, "pro", "trialing", null);
    await grant(granted.user.id, "premium", new Date(now + DAY_MS));
    expect(await bothSay(granted.user.id)).toBe("premium");
    const lowerGrant = await verifiedTestUser(db, "plan-lower-grant");
    await subscribe(lowerGrant.user.id, "premium", "active", null);
    await grant(lowerGrant.user.id, "pro", new Date(now + DAY_MS));
    expect(await bothSay(lowerGrant.user.id)).toBe("premium");

    const ended = await verifiedTestUser(db, "plan-ended-grants");
    await grant(ended.user.id, "premium", new Date(now + DAY_MS), new Date(now - 1000));
    await grant(ended.user.id, "pro", new Date(now - 1000));
    expect(await bothSay(ended.user.id)).toBe("free");
  });
});
