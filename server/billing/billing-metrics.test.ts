import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { payments, subscriptions } from "@/db/schema";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { billingMetrics } from "./billing-metrics";

const db = connectTestDb();

class Rollback extends Error {}

describe("billingMetrics", () => {
  it("sums revenue by day in the period and normalises live subscriptions to a monthly MRR", async () => {
    const { user } = await verifiedTestUser(db, "metrics");
    const period = { from: new Date("2001-03-01T00:00:00Z"), to: new Date("2001-03-08T00:00:00Z") };
    const sub = (status: string, amountCents: number, billingInterval: string, plan: "pro" | "premium" = "pro", currentPeriodEnd = new Date(Date.now() + 86_400_000)) => ({
      userId: user.id,
      stripeSubscriptionId: `sub_metrics_${randomUUID()}`,
      stripeCustomerId: "cus_metrics",
      plan,
      status,
      priceId: "price_x",
      amountCents,
      currency: "usd",
      billingInterval,
      currentPeriodEnd,
    });
    const payment = (paidAt: string, amountCents: number) => ({
      stripeInvoiceId: `in_metrics_${randomUUID()}`,
      userId: user.id,
      stripeCustomerId: "cus_metrics",
      amountCents,
      currency: "usd",
      paidAt: new Date(paidAt),
    });

    // Repeatable read: other test files writing at the same time cannot move the figures between the two reads.
    await expect(
      db.transaction(
        async (tx) => {
          const before = await billingMetrics(tx, period);
          await tx.insert(payments).values([payment("2001-03-02T10:00:00Z", 1200), payment("2001-03-02T18:00:00Z", 2900), payment("2001-03-09T00:00:00Z", 500)]);
          await tx.insert(subscriptions).values([
            sub("active", 1200, "month"),
            sub("trialing", 24000, "year", "premium"),
            sub("past_due", 1200, "month"),
            sub("past_due", 1200, "month", "pro", new Date(Date.now() - 1000)),
            sub("canceled", 1200, "month"),
          ]);
          const after = await billingMetrics(tx, period);
          expect(after.revenueCents - before.revenueCents).toBe(4100);
          expect((after.revenueByDay["2001-03-02"] ?? 0) - (before.revenueByDay["2001-03-02"] ?? 0)).toBe(4100);
          expect(after.mrrCents - before.mrrCents).toBe(1200 + 2000 + 1200);
          expect(after.activeSubscriptions - before.activeSubscriptions).toBe(3);
          throw new Rollback();
        },
        { isolationLevel: "repeatable read" },
      ),
    ).rejects.toBeInstanceOf(Rollback);
  });
});
