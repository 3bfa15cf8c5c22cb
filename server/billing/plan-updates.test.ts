/**
 * The billing success page's wait: billing.onSubscription yields the summary now, then the paid
 * plan as soon as the subscription row is written with its NOTIFY (as sync-subscription.ts does).
 */
import { randomUUID } from "node:crypto";
import { isTrackedEnvelope } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { subscriptions } from "@/db/schema";
import type { TSubscriptionSummary } from "./subscription-summary";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { isRealtimeHealthy, stopRealtime } from "@/server/realtime/hub";
import { notifyPlanChanged } from "@/server/realtime/notify";

const db = connectTestDb();
afterAll(() => stopRealtime());

describe("billing.onSubscription", () => {
  it("pushes the paid plan the moment the subscription is stored, then ends", async () => {
    const { user, caller } = await verifiedTestUser(db, "plan-push");
    const iterator = (await caller.billing.onSubscription())[Symbol.asyncIterator]();
    const summaryOf = (value: unknown) => (isTrackedEnvelope(value) ? (value[1] as TSubscriptionSummary) : null);

    const first = await iterator.next();
    expect(summaryOf(first.value)).toMatchObject({ plan: "free", source: "free" });
    const started = Date.now();
    while (!isRealtimeHealthy()) {
      if (Date.now() - started > 15_000) throw new Error("listener never became healthy");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const receiving = iterator.next();
    const storedAt = Date.now();
    await db.transaction(async (tx) => {
      await tx.insert(subscriptions).values({
        userId: user.id,
        stripeSubscriptionId: `sub_push_${randomUUID()}`,
        stripeCustomerId: `cus_push_${randomUUID()}`,
        plan: "pro",
        status: "active",
        priceId: "price_pro",
        amountCents: 1200,
        currency: "usd",
        billingInterval: "month",
        currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000),
      });
      await notifyPlanChanged(tx, user.id);
    });
    const second = await receiving;
    expect(summaryOf(second.value)).toMatchObject({ plan: "pro", source: "subscription" });
    // The fallback re-read is every 20 s: this came by NOTIFY.
    expect(Date.now() - storedAt).toBeLessThan(3_000);
    expect((await iterator.next()).done).toBe(true);
  });
});
