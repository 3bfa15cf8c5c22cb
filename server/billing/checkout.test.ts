import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { stripeCustomers } from "@/db/schema";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withEnv } from "@/test/helpers/env-overrides";
import { fakeStripeForFile, FakeStripe, TEST_PRICE_PREMIUM, TEST_PRICE_PRO } from "@/test/fake-stripe";
import { callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { AppError } from "@/server/errors";
import { createCheckoutSession, createPortalSession } from "./checkout";
import { BILLING_NOT_CONFIGURED, createStripeClient } from "./stripe-client";

const db = connectTestDb();
let fake: FakeStripe;
fakeStripeForFile((started) => (fake = started));

/** Runs `fn` with the Stripe variables unset, as on a server without billing. */
function withoutStripeKeys<T>(fn: () => Promise<T>): Promise<T> {
  return withEnv({ STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, STRIPE_PRICE_PRO: undefined, STRIPE_PRICE_PREMIUM: undefined }, fn);
}

describe("billing.plans", () => {
  it("lists the three plans with their limits and the Stripe prices", async () => {
    const { caller } = callerFor(db);
    const catalog = await caller.billing.plans();
    expect(catalog.billingConfigured).toBe(true);
    expect(catalog.plans.map((plan) => [plan.id, plan.interviewsPerWindow, plan.windowDays, plan.fairUsePerDay])).toEqual([
      ["free", 2, 7, null],
      ["pro", 20, 7, null],
      ["premium", null, 7, 50],
    ]);
    expect(catalog.plans[0]!.price).toBeNull();
    expect(catalog.plans[1]!.price).toMatchObject({ amountCents: 1200, currency: "usd", interval: "month" });
    expect(catalog.plans[2]!.price).toMatchObject({ amountCents: 2900 });
  });

  it("says billing is not configured without the Stripe keys", async () => {
    await withoutStripeKeys(async () => {
      const catalog = await callerFor(db).caller.billing.plans();
      expect(catalog.billingConfigured).toBe(false);
      expect(catalog.plans.every((plan) => plan.price === null)).toBe(true);
    });
  });
});

describe("billing.createCheckout", () => {
  it("creates the customer once (mapped to the user) and a subscription Checkout Session for our price", async () => {
    const { caller, user } = await verifiedTestUser(db, "checkout");
    const first = await caller.billing.createCheckout({ plan: "pro" });
    expect(first.url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const second = await caller.billing.createCheckout({ plan: "premium" });

    const customersMade = fake.requests.filter((request) => request.method === "POST" && request.path === "/v1/customers" && (request.body.metadata as { userId?: string })?.userId === user.id);
    expect(customersMade).toHaveLength(1);
    expect(customersMade[0]!.idempotencyKey).toBe(`rehearse-customer-${user.id}`);
    const [mapping] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, user.id));
    expect(fake.customers.get(mapping!.stripeCustomerId)).toMatchObject({ email: user.email, metadata: { userId: user.id } });

    const sessions = [first, second].map((result) => fake.checkoutSessions.get(result.url.split("/").pop()!)!);
    expect(sessions[0]).toMatchObject({
      mode: "subscription",
      customer: mapping!.stripeCustomerId,
      client_reference_id: user.id,
      line_items: [{ price: TEST_PRICE_PRO, quantity: "1" }],
      success_url: "http://localhost:3999/billing/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://localhost:3999/billing/cancel",
      metadata: { userId: user.id, plan: "pro" },
    });
    expect(sessions[1]).toMatchObject({ customer: mapping!.stripeCustomerId, line_items: [{ price: TEST_PRICE_PREMIUM, quantity: "1" }], status: "open" });
    // Asking for another plan expired the first session: only one checkout can still be paid.
    expect(sessions[0]).toMatchObject({ status: "expired" });
  });

  it("makes one customer when two checkouts start at once", async () => {
    const { caller, user } = await verifiedTestUser(db, "double-click");
    await Promise.all([caller.billing.createCheckout({ plan: "pro" }), caller.billing.createCheckout({ plan: "pro" })]);
    const rows = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, user.id));
    expect(rows).toHaveLength(1);
  });

  it("needs a signed-in user, and refuses clearly without the Stripe keys", async () => {
    await expect(callerFor(db).caller.billing.createCheckout({ plan: "pro" })).rejects.toMatchObject({ cause: { code: "UNAUTHORIZED" } });
    const { caller } = await verifiedTestUser(db, "no-billing");
    await withoutStripeKeys(async () => {
      await expect(caller.billing.createCheckout({ plan: "pro" })).rejects.toThrow(BILLING_NOT_CONFIGURED);
      await expect(caller.billing.createPortal()).rejects.toThrow(BILLING_NOT_CONFIGURED);
    });
  });
});

describe("billing.createPortal", () => {
  it("opens the portal for the user's own customer, and says so when there is none yet", async () => {
    const { caller, user } = await verifiedTestUser(db, "portal");
    await expect(caller.billing.createPortal()).rejects.toMatchObject({ cause: { code: "NOT_FOUND" } });
    await caller.billing.createCheckout({ plan: "pro" });
    const { url } = await caller.billing.createPortal();
    expect(url).toMatch(/^https:\/\/billing\.stripe\.test\//);
    const [mapping] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, user.id));
    expect(fake.portalSessions.at(-1)).toMatchObject({ customer: mapping!.stripeCustomerId, return_url: "http://localhost:3999/settings#billing" });
  });
});

describe("GET /api/v1/me/subscription", () => {
  it("answers the contract's shape for a bearer token", async () => {
    const { email, password } = await verifiedTestUser(db, "rest-sub");
    const { accessToken } = await callerFor(db).caller.auth.token({ email, password });
    const response = await handleRestRequest(
      new Request("http://localhost:3999/api/v1/me/subscription", { headers: { authorization: `Bearer ${accessToken}` } }),
      "test-request",
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ plan: "free", status: "none", interviewsUsed: 0, interviewsLimit: 2, periodResetsAt: null });

    const anonymous = await handleRestRequest(new Request("http://localhost:3999/api/v1/me/subscription"), "test-request");
    expect(anonymous.status).toBe(401);
  });
});

describe("Stripe cannot be reached", () => {
  it("checkout and the portal answer 503 with Retry-After naming Stripe, not a 500", async () => {
    const { user } = await verifiedTestUser(db, "checkout-unreachable");
    // Nothing listens on port 1: the SDK's connection error, as when Stripe is down or the network is.
    const unreachable = () => createStripeClient("sk_test_unreachable", { host: "127.0.0.1", port: 1, protocol: "http", maxNetworkRetries: 0, timeoutMs: 2000 });
    const checkout = await createCheckoutSession(db, { userId: user.id, plan: "pro" }, unreachable).catch((error: unknown) => error);
    expect(checkout).toBeInstanceOf(AppError);
    expect(checkout).toMatchObject({ code: "SERVICE_UNAVAILABLE", status: 503, details: { retryAfterSeconds: 30 } });
    expect((checkout as AppError).message).toContain("Stripe");
    // The portal needs a customer first: a checkout through the fake Stripe makes one.
    await createCheckoutSession(db, { userId: user.id, plan: "pro" });
    const portal = await createPortalSession(db, user.id, unreachable).catch((error: unknown) => error);
    expect(portal).toMatchObject({ code: "SERVICE_UNAVAILABLE", details: { retryAfterSeconds: 30 } });
  });
});
