import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { stripeCustomers } from "@/db/schema";
import { fakeStripeForFile, FakeStripe, TEST_PRICE_PREMIUM, TEST_PRICE_PRO } from "@/test/fake-stripe";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
let fake: FakeStripe;
fakeStripeForFile((started) => (fake = started));

const sessionIdOf = (url: string) => url.split("/").pop()!;

async function customerOf(userId: string): Promise<string> {
  const [row] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, userId));
  return row!.stripeCustomerId;
}

function sessionsOf(customer: string) {
  return [...fake.checkoutSessions.values()].filter((session) => session.customer === customer);
}

describe("a second checkout while one is open", () => {
  it("hands back the open session for the same plan instead of opening another", async () => {
    const { caller, user } = await verifiedTestUser(db, "same-plan");
    const first = await caller.billing.createCheckout({ plan: "pro" });
    const again = await caller.billing.createCheckout({ plan: "pro" });
    expect(again.url).toBe(first.url);
    expect(sessionsOf(await customerOf(user.id))).toHaveLength(1);
  });

  it("gives two checkouts started at once the same session", async () => {
    const { caller, user } = await verifiedTestUser(db, "two-tabs");
    const results = await Promise.all([caller.billing.createCheckout({ plan: "premium" }), caller.billing.createCheckout({ plan: "premium" })]);
    expect(results[1].url).toBe(results[0].url);
    expect(sessionsOf(await customerOf(user.id))).toHaveLength(1);
  });

  it("expires the open session at Stripe when another plan is asked, so only the new one can be paid", async () => {
    const { caller, user } = await verifiedTestUser(db, "changed-mind");
    const pro = await caller.billing.createCheckout({ plan: "pro" });
    const premium = await caller.billing.createCheckout({ plan: "premium" });
    expect(premium.url).not.toBe(pro.url);

    expect(fake.checkoutSessions.get(sessionIdOf(pro.url))).toMatchObject({ status: "expired" });
    expect(fake.requestsTo(new RegExp(`POST /v1/checkout/sessions/${sessionIdOf(pro.url)}/expire`))).toHaveLength(1);
    expect(() => fake.completeCheckout(sessionIdOf(pro.url))).toThrow(/expired/);
    expect(fake.checkoutSessions.get(sessionIdOf(premium.url))).toMatchObject({ status: "open", line_items: [{ price: TEST_PRICE_PREMIUM }] });
    const open = sessionsOf(await customerOf(user.id)).filter((session) => session.status === "open");
    expect(open).toHaveLength(1);
  });

  it("refuses a checkout once Stripe has the first one paid, before its webhook has arrived", async () => {
    const { caller } = await verifiedTestUser(db, "paid-not-synced");
    const first = await caller.billing.createCheckout({ plan: "pro" });
    fake.completeCheckout(sessionIdOf(first.url));
    // No webhook processed: our own tables still say "free".
    expect((await caller.billing.subscription()).plan).toBe("free");
    for (const plan of ["pro", "premium"] as const) {
      await expect(caller.billing.createCheckout({ plan })).rejects.toMatchObject({
        cause: { code: "CONFLICT", message: expect.stringContaining("Manage billing") as unknown },
      });
    }
  });

  it("refuses (rather than sells a second plan) when the open session was paid while we expired it", async () => {
    const { caller, user } = await verifiedTestUser(db, "paid-meanwhile");
    const pro = await caller.billing.createCheckout({ plan: "pro" });
    const customer = await customerOf(user.id);
    // Stripe lists it open, then it is paid before our expire reaches Stripe.
    const session = fake.checkoutSessions.get(sessionIdOf(pro.url))!;
    fake.onNext(/POST \/v1\/checkout\/sessions\/.*\/expire/, () => Object.assign(session, { status: "complete" }));
    await expect(caller.billing.createCheckout({ plan: "premium" })).rejects.toMatchObject({ cause: { code: "CONFLICT" } });
    expect(sessionsOf(customer)).toHaveLength(1);
  });

  it("opens a new session for the same plan when the open one is about to expire", async () => {
    const { caller } = await verifiedTestUser(db, "almost-expired");
    const first = await caller.billing.createCheckout({ plan: "pro" });
    fake.checkoutSessions.get(sessionIdOf(first.url))!.expires_at = Math.floor(Date.now() / 1000) + 60;
    const second = await caller.billing.createCheckout({ plan: "pro" });
    expect(second.url).not.toBe(first.url);
    expect(fake.checkoutSessions.get(sessionIdOf(first.url))).toMatchObject({ status: "expired" });
    expect(fake.checkoutSessions.get(sessionIdOf(second.url))).toMatchObject({ status: "open", line_items: [{ price: TEST_PRICE_PRO }] });
  });
});
