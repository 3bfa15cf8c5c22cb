import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxEmails, stripeCustomers, stripeEvents, subscriptions } from "@/db/schema";
import { ensureQueues, sendJob, stopQueue, startQueue } from "@/server/jobs/queue";
import { QUEUES } from "@/server/jobs/queue-registry";
import { workQueue } from "@/server/jobs/worker";
import { fakeStripeForFile, FakeStripe, TEST_PRICE_PREMIUM, TEST_PRICE_PRO } from "@/test/fake-stripe";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { deliverAndProcess, postEvent, takeQueuedJobs } from "@/test/helpers/stripe-delivery";
import { cancelStripeSubscriptions } from "./cancel-subscriptions";
import { currentPlan } from "./current-plan";
import { listFailedStripeEvents, replayStripeEvent } from "./failed-stripe-events";
import { processStripeEvent, stripeEventJobHandler } from "./process-stripe-event";

const db = connectTestDb();
let fake: FakeStripe;
fakeStripeForFile((started) => (fake = started), stopQueue);

/** A verified user who went through our checkout (so their Stripe customer is mapped), and its session. */
async function userAtCheckout(label: string, plan: "pro" | "premium" = "pro") {
  const account = await verifiedTestUser(db, label);
  const { url } = await account.caller.billing.createCheckout({ plan });
  const sessionId = url.split("/").pop()!;
  const [mapping] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, account.user.id));
  return { ...account, sessionId, customer: mapping!.stripeCustomerId };
}

/** A user at checkout whose subscription.created event is processed: on the plan, subscription in hand. */
async function subscribedBuyer(label: string) {
  const buyer = await userAtCheckout(label);
  const { subscription } = fake.completeCheckout(buyer.sessionId);
  await deliverAndProcess(db, fake.event("customer.subscription.created", subscription));
  return { buyer, subscription };
}

/** A completed checkout whose subscription.created event is accepted and queued, not yet processed. */
async function queuedSubscriptionCreated(label: string) {
  const buyer = await userAtCheckout(label);
  const { subscription } = fake.completeCheckout(buyer.sessionId);
  const event = fake.event("customer.subscription.created", subscription);
  expect((await postEvent(event)).status).toBe(200);
  expect(await takeQueuedJobs(db, event.id)).toBe(1);
  return { buyer, subscription, event };
}

async function subscriptionRow(stripeSubscriptionId: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId));
  return row;
}

async function eventRow(stripeEventId: string) {
  const [row] = await db.select().from(stripeEvents).where(eq(stripeEvents.stripeEventId, stripeEventId));
  return row!;
}

describe("a paid checkout", () => {
  it("puts the user on Pro once the webhook events are processed, with a quota of 20", async () => {
    const buyer = await userAtCheckout("buyer");
    expect(await buyer.caller.billing.subscription()).toMatchObject({ plan: "free", status: "none", interviewsLimit: 2 });

    const { session, subscription } = fake.completeCheckout(buyer.sessionId);
    // Nothing changes until Stripe tells us, through a signed event.
    expect((await currentPlan(db, buyer.user.id)).id).toBe("free");

    await deliverAndProcess(db, fake.event("checkout.session.completed", session));
    await deliverAndProcess(db, fake.event("customer.subscription.created", subscription));
    await deliverAndProcess(db, fake.event("invoice.paid", fake.invoice({ customer: buyer.customer, subscription: subscription.id, amountCents: 1200, price: TEST_PRICE_PRO })));

    expect(await subscriptionRow(subscription.id)).toMatchObject({ userId: buyer.user.id, plan: "pro", status: "active", amountCents: 1200, priceId: TEST_PRICE_PRO });
    const summary = await buyer.caller.billing.subscription();
    expect(summary).toMatchObject({ plan: "pro", status: "active", source: "subscription", interviewsUsed: 0, interviewsLimit: 20, hasBillingAccount: true });
    expect(summary.currentPeriodEnd).not.toBeNull();

    // The quota follows: a third interview in the week is fine on Pro (free allows two).
    for (let i = 0; i < 3; i += 1) await buyer.caller.interviews.create({ track: "behavioral", level: "junior", questionCount: 1 });
    expect(await buyer.caller.billing.subscription()).toMatchObject({ interviewsUsed: 3, interviewsLimit: 20 });
  });

  it("refuses a second checkout while a subscription is active (it would charge twice)", async () => {
    const { buyer } = await subscribedBuyer("twice");
    await expect(buyer.caller.billing.createCheckout({ plan: "premium" })).rejects.toMatchObject({ cause: { code: "CONFLICT" } });
  });

  it("moves to Premium when the subscription's price changes in the portal", async () => {
    const { buyer, subscription } = await subscribedBuyer("upgrader");
    const changed = fake.updateSubscription(subscription.id, { price: TEST_PRICE_PREMIUM });
    await deliverAndProcess(db, fake.event("customer.subscription.updated", changed));
    expect(await buyer.caller.billing.subscription()).toMatchObject({ plan: "premium", interviewsLimit: null, fairUsePerDay: 50 });
  });
});

describe("convergence from Stripe's current state", () => {
  it("ends canceled and free when subscription.deleted is processed before an older subscription.updated", async () => {
    const { buyer, subscription } = await subscribedBuyer("out-of-order");
    expect((await currentPlan(db, buyer.user.id)).id).toBe("pro");

    const olderUpdate = fake.event("customer.subscription.updated", fake.updateSubscription(subscription.id, { cancelAtPeriodEnd: true }), {
      created: new Date(Date.now() - 60_000),
    });
    const deleted = fake.event("customer.subscription.deleted", fake.updateSubscription(subscription.id, { status: "canceled" }));

    await deliverAndProcess(db, deleted);
    // The older event's snapshot still says "active"; applying it would resurrect the plan.
    expect((olderUpdate.data.object as { status: string }).status).toBe("active");
    await deliverAndProcess(db, olderUpdate);

    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: "canceled" });
    expect(await buyer.caller.billing.subscription()).toMatchObject({ plan: "free", status: "canceled", interviewsLimit: 2 });
  });
});

describe("trust", () => {
  it("never upgrades a user from an event naming a customer we did not map", async () => {
    const victim = await verifiedTestUser(db, "victim");
    const strangerCustomer = `cus_stranger_${randomUUID().slice(0, 8)}`;
    const subscription = fake.putSubscription({ customer: strangerCustomer, price: TEST_PRICE_PREMIUM, metadata: { userId: victim.user.id } });
    const session = { id: `cs_forged_${randomUUID().slice(0, 8)}`, object: "checkout.session", mode: "subscription", customer: strangerCustomer, client_reference_id: victim.user.id, subscription: subscription.id, metadata: { userId: victim.user.id } };

    const completed = fake.event("checkout.session.completed", session);
    const created = fake.event("customer.subscription.created", subscription);
    await deliverAndProcess(db, completed);
    await deliverAndProcess(db, created);

    expect((await eventRow(completed.id)).outcome).toMatch(/not mapped/);
    expect((await eventRow(created.id)).outcome).toMatch(/not mapped/);
    expect(await subscriptionRow(subscription.id)).toBeUndefined();
    expect((await currentPlan(db, victim.user.id)).id).toBe("free");
  });

  it("ignores a checkout whose client_reference_id is not the user its customer belongs to", async () => {
    const attacker = await userAtCheckout("attacker");
    const victim = await verifiedTestUser(db, "victim2");
    const { session } = fake.completeCheckout(attacker.sessionId);
    const forged = fake.event("checkout.session.completed", { ...session, client_reference_id: victim.user.id });
    await deliverAndProcess(db, forged);
    expect((await eventRow(forged.id)).outcome).toMatch(/client_reference_id/);
    expect((await currentPlan(db, victim.user.id)).id).toBe("free");
  });
});

describe("failed payments", () => {
  it("marks the subscription past_due and emails the user; the plan lasts to the end of the paid period", async () => {
    const { buyer, subscription } = await subscribedBuyer("late-payer");

    fake.updateSubscription(subscription.id, { status: "past_due" });
    const invoice = fake.invoice({ customer: buyer.customer, subscription: subscription.id, amountCents: 1200, price: TEST_PRICE_PRO });
    await deliverAndProcess(db, fake.event("invoice.payment_failed", { ...invoice, status: "open", amount_paid: 0 }));

    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: "past_due" });
    expect(await buyer.caller.billing.subscription()).toMatchObject({ plan: "pro", status: "past_due" });
    const emails = await db.select().from(outboxEmails).where(and(eq(outboxEmails.to, buyer.email), eq(outboxEmails.subject, "Your Rehearse payment failed")));
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain("$12.00");
    expect(emails[0]!.text).toContain("/settings#billing");

    // Past the period it paid for, past_due no longer entitles.
    const lapsed = fake.updateSubscription(subscription.id, { periodEnd: new Date(Date.now() - 1000) });
    await deliverAndProcess(db, fake.event("customer.subscription.updated", lapsed));
    expect(await buyer.caller.billing.subscription()).toMatchObject({ plan: "free", status: "past_due" });
  });
});

describe("processing failures", () => {
  it("leaves the event unprocessed with its error, and a later try applies it", async () => {
    const { buyer, subscription, event } = await queuedSubscriptionCreated("flaky");

    fake.failNext(new RegExp(`GET /v1/subscriptions/${subscription.id}`));
    await expect(processStripeEvent(db, event.id)).rejects.toThrow();
    expect(await eventRow(event.id)).toMatchObject({ processedAt: null, attempts: 1 });
    expect((await eventRow(event.id)).lastError).toBeTruthy();
    expect(await subscriptionRow(subscription.id)).toBeUndefined();
    expect((await listFailedStripeEvents(db)).map((row) => row.stripeEventId)).toContain(event.id);

    expect(await processStripeEvent(db, event.id)).toBe("processed");
    expect(await eventRow(event.id)).toMatchObject({ attempts: 2, lastError: null, outcome: "applied" });
    expect((await currentPlan(db, buyer.user.id)).id).toBe("pro");
  });

  it("is retried by the queue: a worker's second try applies the event", async () => {
    const { buyer, subscription, event } = await queuedSubscriptionCreated("retried");

    // The registered queue's policy, but on a private queue with a fast retry so no other test's worker sees it.
    const queue = `test-stripe-${randomUUID()}`;
    await ensureQueues(await startQueue(), { [queue]: { ...QUEUES["process-stripe-event"].policy, retryDelay: 1 } });
    expect(QUEUES["process-stripe-event"].policy.retryLimit).toBeGreaterThanOrEqual(5);
    fake.failNext(new RegExp(`GET /v1/subscriptions/${subscription.id}`));
    await workQueue(queue, QUEUES["process-stripe-event"].payload, stripeEventJobHandler(() => db), { pollingIntervalSeconds: 0.5 });
    await sendJob(queue, { eventId: event.id });

    const deadline = Date.now() + 20_000;
    while (!(await eventRow(event.id)).processedAt && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await eventRow(event.id)).toMatchObject({ attempts: 2, outcome: "applied" });
    expect((await currentPlan(db, buyer.user.id)).id).toBe("pro");
  });

  it("after the last try the event stays unprocessed, listed for admins, and can be replayed", async () => {
    const { buyer, subscription, event } = await queuedSubscriptionCreated("broken");

    fake.failNext(new RegExp(`GET /v1/subscriptions/${subscription.id}`), 2);
    const handler = stripeEventJobHandler(() => db);
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await expect(handler.run({ eventId: event.id }, { jobId: "j", attempt, maxAttempts: 2 })).rejects.toThrow();
    }
    await handler.onFailed!({ eventId: event.id }, "Fake Stripe is having a bad minute.");

    const failed = (await listFailedStripeEvents(db)).find((row) => row.stripeEventId === event.id);
    expect(failed).toMatchObject({ type: "customer.subscription.created", attempts: 2, lastError: "Fake Stripe is having a bad minute." });
    expect(failed?.failedAt).toBeInstanceOf(Date);
    expect((await currentPlan(db, buyer.user.id)).id).toBe("free");

    await replayStripeEvent(db, event.id);
    expect(await takeQueuedJobs(db, event.id)).toBe(1);
    expect(await processStripeEvent(db, event.id)).toBe("processed");
    expect((await listFailedStripeEvents(db)).some((row) => row.stripeEventId === event.id)).toBe(false);
    await expect(replayStripeEvent(db, event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("fails loudly (for an admin) on an active subscription at a price that is not one of our plans", async () => {
    const buyer = await userAtCheckout("odd-price");
    const { subscription } = fake.completeCheckout(buyer.sessionId);
    fake.updateSubscription(subscription.id, { price: "price_from_the_dashboard" });
    const event = fake.event("customer.subscription.created", subscription);
    await postEvent(event);
    await takeQueuedJobs(db, event.id);
    await expect(processStripeEvent(db, event.id)).rejects.toThrow(/price_from_the_dashboard/);
    expect((await currentPlan(db, buyer.user.id)).id).toBe("free");
  });
});

describe("account deletion", () => {
  it("cancels the user's live subscriptions at Stripe, so a deleted account is not charged", async () => {
    const { buyer, subscription } = await subscribedBuyer("leaving");
    expect(await cancelStripeSubscriptions(db, buyer.user.id)).toEqual([subscription.id]);
    expect(fake.subscription(subscription.id).status).toBe("canceled");
    await deliverAndProcess(db, fake.event("customer.subscription.deleted", fake.subscription(subscription.id)));
    expect(await cancelStripeSubscriptions(db, buyer.user.id)).toEqual([]);
  });
});
