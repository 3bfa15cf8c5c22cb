import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { outboxEmails, stripeCustomers, subscriptions } from "@/db/schema";
import { fakeStripeForFile, FakeStripe, TEST_PRICE_PREMIUM, TEST_PRICE_PRO } from "@/test/fake-stripe";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { deliverAndProcess, postEvent, takeQueuedJobs } from "@/test/helpers/stripe-delivery";
import { currentPlan } from "./current-plan";
import { processStripeEvent } from "./process-stripe-event";

const db = connectTestDb();
let fake: FakeStripe;
fakeStripeForFile((started) => (fake = started));

const SUBJECT = "We cancelled a duplicate Rehearse subscription";

/** A user with a mapped Stripe customer who paid two checkouts (the first two subscriptions Stripe made for them). */
async function payingTwice(label: string, prices: [string, string]) {
  const account = await verifiedTestUser(db, label);
  await account.caller.billing.createCheckout({ plan: "pro" });
  const [mapping] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, account.user.id));
  const customer = mapping!.stripeCustomerId;
  const older = new Date(Date.now() - 60_000);
  const first = fake.putSubscription({ customer, price: prices[0], periodStart: older });
  const second = fake.putSubscription({ customer, price: prices[1] });
  return { ...account, customer, first, second };
}

async function row(stripeSubscriptionId: string) {
  const [found] = await db.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId));
  return found!;
}

function cancelRequests(subscriptionId: string) {
  return fake.requestsTo(new RegExp(`DELETE /v1/subscriptions/${subscriptionId}$`));
}

async function emailsTo(email: string) {
  return db.select().from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.subject, SUBJECT)));
}

/** Posts the events and takes their jobs, so the test decides when (and how concurrently) they run. */
async function deliverOnly(events: Stripe.Event[]): Promise<void> {
  for (const event of events) {
    expect((await postEvent(event)).status).toBe(200);
    expect(await takeQueuedJobs(db, event.id)).toBe(1);
  }
}

describe("two subscriptions for one customer", () => {
  it("keeps Premium, cancels Pro at Stripe with proration, records it and tells the user once", async () => {
    const buyer = await payingTwice("two-paid", [TEST_PRICE_PRO, TEST_PRICE_PREMIUM]);
    const proCreated = fake.event("customer.subscription.created", buyer.first);
    const premiumCreated = fake.event("customer.subscription.created", buyer.second);
    await deliverAndProcess(db, proCreated);
    expect(cancelRequests(buyer.first.id)).toHaveLength(0);
    await deliverAndProcess(db, premiumCreated);

    const cancels = cancelRequests(buyer.first.id);
    expect(cancels).toHaveLength(1);
    expect(cancels[0]!.body).toMatchObject({ prorate: "true", invoice_now: "true" });
    expect(cancels[0]!.idempotencyKey).toBe(`rehearse-duplicate-cancel-${buyer.first.id}`);
    expect(fake.subscription(buyer.first.id).status).toBe("canceled");
    expect(fake.subscription(buyer.second.id).status).toBe("active");

    expect(await row(buyer.first.id)).toMatchObject({ status: "canceled", replacedBySubscriptionId: buyer.second.id });
    expect((await row(buyer.first.id)).canceledAsDuplicateAt).toBeInstanceOf(Date);
    expect(await row(buyer.second.id)).toMatchObject({ status: "active", plan: "premium", replacedBySubscriptionId: null });
    expect((await currentPlan(db, buyer.user.id)).id).toBe("premium");

    const emails = await emailsTo(buyer.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain("kept Premium");
    expect(emails[0]!.text).toContain("/settings#billing");
    const summary = await buyer.caller.billing.subscription();
    expect(summary).toMatchObject({ plan: "premium", status: "active", duplicateCanceled: { canceledPlan: "pro", keptPlan: "premium" } });

    // Stripe's follow-up events and a redelivery change nothing more.
    await deliverAndProcess(db, fake.event("customer.subscription.deleted", fake.subscription(buyer.first.id)));
    await deliverAndProcess(db, fake.event("customer.subscription.updated", fake.subscription(buyer.second.id)));
    const replay = fake.event("checkout.session.completed", {
      id: "cs_replayed",
      object: "checkout.session",
      mode: "subscription",
      customer: buyer.customer,
      client_reference_id: buyer.user.id,
      subscription: buyer.second.id,
    });
    await deliverAndProcess(db, replay);
    expect(cancelRequests(buyer.first.id)).toHaveLength(1);
    expect(cancelRequests(buyer.second.id)).toHaveLength(0);
    expect(await emailsTo(buyer.email)).toHaveLength(1);
    expect((await currentPlan(db, buyer.user.id)).id).toBe("premium");
  });

  it("keeps Premium when it arrived first, and the redelivered event of the cancelled Pro does not bring it back", async () => {
    const buyer = await payingTwice("premium-first", [TEST_PRICE_PREMIUM, TEST_PRICE_PRO]);
    const premiumCreated = fake.event("customer.subscription.created", buyer.first);
    const proCreated = fake.event("customer.subscription.created", buyer.second);
    await deliverAndProcess(db, premiumCreated);
    await deliverAndProcess(db, proCreated);
    expect(fake.subscription(buyer.second.id).status).toBe("canceled");
    expect(fake.subscription(buyer.first.id).status).toBe("active");

    // Stripe redelivers the same event (same id): recorded once, nothing runs again.
    expect((await postEvent(proCreated)).body).toMatchObject({ outcome: "duplicate" });
    expect(await takeQueuedJobs(db, proCreated.id)).toBe(0);
    // A fresh event with Pro's stale "active" snapshot: sync reads Stripe, which says canceled.
    await deliverAndProcess(db, fake.event("customer.subscription.updated", buyer.second));
    expect(await row(buyer.second.id)).toMatchObject({ status: "canceled", replacedBySubscriptionId: buyer.first.id });
    expect(cancelRequests(buyer.second.id)).toHaveLength(1);
    expect(await emailsTo(buyer.email)).toHaveLength(1);
    expect((await currentPlan(db, buyer.user.id)).id).toBe("premium");
  });

  it("cancels exactly one when both subscriptions' events are processed at the same moment", async () => {
    const buyer = await payingTwice("concurrent", [TEST_PRICE_PRO, TEST_PRICE_PREMIUM]);
    const events = [
      fake.event("checkout.session.completed", { id: "cs_a", object: "checkout.session", mode: "subscription", customer: buyer.customer, subscription: buyer.first.id }),
      fake.event("customer.subscription.created", buyer.second),
    ];
    await deliverOnly(events);
    // Stripe answers both reads at the same moment, so both transactions would write and look at
    // once; the customer's lock must make the second wait and see the first's row.
    fake.gather(/^GET \/v1\/subscriptions\/sub_/, 2);
    const outcomes = await Promise.all(events.map((event) => processStripeEvent(db, event.id)));
    expect(outcomes).toEqual(["processed", "processed"]);

    expect(cancelRequests(buyer.first.id)).toHaveLength(1);
    expect(cancelRequests(buyer.second.id)).toHaveLength(0);
    expect(fake.subscription(buyer.first.id).status).toBe("canceled");
    expect(await row(buyer.first.id)).toMatchObject({ status: "canceled", replacedBySubscriptionId: buyer.second.id });
    expect(await row(buyer.second.id)).toMatchObject({ status: "active", plan: "premium" });
    expect(await emailsTo(buyer.email)).toHaveLength(1);
    expect((await currentPlan(db, buyer.user.id)).id).toBe("premium");
  });

  it("keeps the older of two subscriptions to the same plan", async () => {
    const buyer = await payingTwice("same-plan-twice", [TEST_PRICE_PRO, TEST_PRICE_PRO]);
    await deliverAndProcess(db, fake.event("customer.subscription.created", buyer.second));
    await deliverAndProcess(db, fake.event("customer.subscription.created", buyer.first));
    expect(fake.subscription(buyer.first.id).status).toBe("active");
    expect(fake.subscription(buyer.second.id).status).toBe("canceled");
    const [email] = await emailsTo(buyer.email);
    expect(email!.text).toContain("a second Pro subscription");
  });

  it("leaves a subscription that is already set to end at its period's end alone", async () => {
    const buyer = await payingTwice("ending-anyway", [TEST_PRICE_PREMIUM, TEST_PRICE_PRO]);
    fake.updateSubscription(buyer.first.id, { cancelAtPeriodEnd: true });
    await deliverAndProcess(db, fake.event("customer.subscription.created", buyer.first));
    await deliverAndProcess(db, fake.event("customer.subscription.created", buyer.second));
    expect(cancelRequests(buyer.first.id)).toHaveLength(0);
    expect(cancelRequests(buyer.second.id)).toHaveLength(0);
    expect(await emailsTo(buyer.email)).toHaveLength(0);
  });
});
