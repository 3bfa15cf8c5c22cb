import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { payments, stripeCustomers, stripeEvents } from "@/db/schema";
import { stopQueue } from "@/server/jobs/queue";
import { setEnv } from "@/test/helpers/env-overrides";
import { FakeStripe, TEST_PRICE_PRO, stopFakeStripe, useFakeStripe } from "@/test/fake-stripe";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { postEvent, takeQueuedJobs } from "@/test/helpers/stripe-delivery";
import { processStripeEvent } from "@/server/billing/process-stripe-event";
import { POST } from "./route";

const db = connectTestDb();
let fake: FakeStripe;

beforeAll(async () => {
  fake = await useFakeStripe();
});

afterAll(async () => {
  await stopFakeStripe(fake);
  await stopQueue();
  await closeDb();
});

async function eventRow(stripeEventId: string) {
  const [row] = await db.select().from(stripeEvents).where(eq(stripeEvents.stripeEventId, stripeEventId));
  return row;
}

describe("POST /api/webhooks/stripe", () => {
  it("refuses a body whose signature does not match (400) and records nothing", async () => {
    const event = fake.event("customer.subscription.updated", { id: "sub_forged", object: "subscription" });
    const payload = JSON.stringify(event);
    const wrongSecret = await POST(FakeStripe.signedRequest(payload, { secret: "whsec_someone_else" }));
    expect(wrongSecret.status).toBe(400);
    expect(((await wrongSecret.json()) as { error: { code: string } }).error.code).toBe("VALIDATION_ERROR");

    // Signed, then altered: the signature covers the exact raw body.
    const signed = FakeStripe.signedRequest(payload);
    const tampered = new Request(signed.url, { method: "POST", headers: signed.headers, body: payload.replace("sub_forged", "sub_other") });
    expect((await POST(tampered)).status).toBe(400);

    const missing = new Request(signed.url, { method: "POST", body: payload });
    expect((await POST(missing)).status).toBe(400);

    // Older than the 5-minute tolerance: a replayed delivery.
    const stale = await POST(FakeStripe.signedRequest(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 }));
    expect(stale.status).toBe(400);
    expect(await eventRow(event.id)).toBeUndefined();
  });

  it("answers 503 with a clear message when STRIPE_WEBHOOK_SECRET is unset", async () => {
    setEnv({ STRIPE_WEBHOOK_SECRET: undefined });
    const event = fake.event("invoice.paid", { id: "in_x", object: "invoice" });
    const response = await POST(FakeStripe.signedRequest(JSON.stringify(event)));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.error.message).toMatch(/STRIPE_WEBHOOK_SECRET/);
  });

  it("refuses a body over 1 MiB (413) before checking its signature", async () => {
    const big = JSON.stringify({ id: "evt_big", padding: "x".repeat(1024 * 1024 + 10) });
    const response = await POST(FakeStripe.signedRequest(big));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("records a valid event once with its job, and a redelivery is a 200 no-op", async () => {
    const { user } = await verifiedTestUser(db, "webhook-dup");
    const customer = `cus_dup_${user.id.slice(0, 8)}`;
    await db.insert(stripeCustomers).values({ userId: user.id, stripeCustomerId: customer });
    const subscription = fake.putSubscription({ customer, price: TEST_PRICE_PRO });
    const invoice = fake.invoice({ customer, subscription: subscription.id, amountCents: 1200, price: TEST_PRICE_PRO });
    const event = fake.event("invoice.paid", invoice);

    const first = await postEvent(event);
    expect(first).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    const second = await postEvent(event);
    expect(second).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(await takeQueuedJobs(db, event.id)).toBe(1);

    expect(await processStripeEvent(db, event.id)).toBe("processed");
    expect(await processStripeEvent(db, event.id)).toBe("already_processed");
    // Stripe may also send the same invoice in a new event: still one payment.
    const again = fake.event("invoice.paid", invoice);
    expect((await postEvent(again)).status).toBe(200);
    expect(await takeQueuedJobs(db, again.id)).toBe(1);
    expect(await processStripeEvent(db, again.id)).toBe("processed");

    const rows = await db.select().from(payments).where(eq(payments.stripeInvoiceId, invoice.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: user.id, amountCents: 1200, currency: "usd", plan: "pro", stripeSubscriptionId: subscription.id });
    expect(rows[0]!.periodEnd!.getTime()).toBeGreaterThan(rows[0]!.periodStart!.getTime());
    expect(await eventRow(event.id)).toMatchObject({ attempts: 1, outcome: "applied", lastError: null });
    expect((await eventRow(again.id))?.outcome).toBe("applied: payment was already recorded");
  });

  it("marks events it does not act on as processed, without a job", async () => {
    const event = fake.event("charge.succeeded", { id: "ch_1", object: "charge" });
    expect(await postEvent(event)).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await takeQueuedJobs(db, event.id)).toBe(0);
    const row = await eventRow(event.id);
    expect(row?.processedAt).toBeInstanceOf(Date);
    expect(row?.type).toBe("charge.succeeded");
  });
});
