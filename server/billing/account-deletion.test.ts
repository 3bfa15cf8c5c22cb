import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/server/db";
import { stripeCustomers, subscriptions, users } from "@/db/schema";
import { setEnv } from "@/test/helpers/env-overrides";
import { handleRestRequest } from "@/server/http/rest-handler";
import { FakeStripe, stopFakeStripe, useFakeStripe } from "@/test/fake-stripe";
import { callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { deliverAndProcess } from "@/test/helpers/stripe-delivery";
import { overrideStripeClient } from "./stripe-client";

const db = connectTestDb();
let fake: FakeStripe;
beforeAll(async () => {
  fake = await useFakeStripe();
});

afterEach(() => {
  // Each test may drop variables (put back by the setup file) or point Stripe elsewhere: back to the fake.
  fake.clearFaults();
  overrideStripeClient(fake.client());
});

afterAll(async () => {
  await stopFakeStripe(fake);
  await closeDb();
});

function keepOnly(...names: string[]): void {
  const dropped = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_PRO", "STRIPE_PRICE_PREMIUM"].filter((name) => !names.includes(name));
  setEnv(Object.fromEntries(dropped.map((name) => [name, undefined])));
}

/** A verified user on Pro: paid through our checkout, the webhook processed. */
async function subscriber(label: string) {
  const account = await verifiedTestUser(db, label);
  const { url } = await account.caller.billing.createCheckout({ plan: "pro" });
  const { subscription } = fake.completeCheckout(url.split("/").pop()!);
  await deliverAndProcess(db, fake.event("customer.subscription.created", subscription));
  return { ...account, subscription };
}

async function accountExists(userId: string): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, userId))).length === 1;
}

async function expectRefusedAndKept(account: Awaited<ReturnType<typeof subscriber>>) {
  await expect(account.caller.me.delete({ password: account.password })).rejects.toMatchObject({
    cause: { code: "SERVICE_UNAVAILABLE", message: expect.stringContaining("your account was not deleted") as unknown, details: { retryAfterSeconds: 60 } },
  });
  expect(await accountExists(account.user.id)).toBe(true);
  expect(await db.select().from(subscriptions).where(eq(subscriptions.userId, account.user.id))).toHaveLength(1);
  expect(await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, account.user.id))).toHaveLength(1);
}

describe("deleting an account with a paid subscription", () => {
  it("cancels it at Stripe with STRIPE_SECRET_KEY alone (no webhook secret, no prices)", async () => {
    const account = await subscriber("key-only");
    keepOnly("STRIPE_SECRET_KEY");
    await account.caller.me.delete({ password: account.password });
    expect(fake.subscription(account.subscription.id).status).toBe("canceled");
    expect(await accountExists(account.user.id)).toBe(false);
  });

  it("refuses, deleting nothing, when Stripe answers 5xx; a later try succeeds", async () => {
    const account = await subscriber("stripe-5xx");
    fake.failNext(/^DELETE \/v1\/subscriptions\//);
    await expectRefusedAndKept(account);
    expect(fake.subscription(account.subscription.id).status).toBe("active");

    await account.caller.me.delete({ password: account.password });
    expect(fake.subscription(account.subscription.id).status).toBe("canceled");
    expect(await accountExists(account.user.id)).toBe(false);
  });

  it("refuses, deleting nothing, when Stripe cannot be reached at all", async () => {
    const account = await subscriber("stripe-down");
    const stopped = await FakeStripe.start();
    const unreachable = stopped.client();
    await stopped.close();
    overrideStripeClient(unreachable);
    await expectRefusedAndKept(account);
    expect(fake.subscription(account.subscription.id).status).toBe("active");
  });

  it("refuses, deleting nothing, when Stripe does not answer in time", async () => {
    const account = await subscriber("stripe-slow");
    overrideStripeClient(fake.client({ timeoutMs: 300 }));
    fake.hangNext(/^(GET|POST|DELETE) \/v1\//, 3);
    await expectRefusedAndKept(account);
    expect(fake.subscription(account.subscription.id).status).toBe("active");
  });

  it("answers DELETE /api/v1/me with 503 and Retry-After when Stripe fails", async () => {
    const account = await subscriber("rest-503");
    const { accessToken } = await callerFor(db).caller.auth.token({ email: account.email, password: account.password });
    fake.failNext(/^DELETE \/v1\/subscriptions\//);
    const response = await handleRestRequest(
      new Request("http://localhost:3999/api/v1/me", {
        method: "DELETE",
        headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
        body: JSON.stringify({ password: account.password }),
      }),
      "test-request",
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("SERVICE_UNAVAILABLE");
    expect(await accountExists(account.user.id)).toBe(true);
  });

  it("refuses without STRIPE_SECRET_KEY while a live subscription is on record", async () => {
    const account = await subscriber("no-key");
    keepOnly();
    await expectRefusedAndKept(account);
  });
});

describe("deleting an account Stripe knows more about than we do", () => {
  it("cancels a subscription paid but not yet reported by webhook, and expires an open checkout", async () => {
    const account = await verifiedTestUser(db, "webhook-lag");
    const { url } = await account.caller.billing.createCheckout({ plan: "pro" });
    const { subscription } = fake.completeCheckout(url.split("/").pop()!);
    // A second tab's checkout, still open (made at Stripe directly: ours would refuse now).
    const [mapping] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.userId, account.user.id));
    const open = await fake.client().checkout.sessions.create({ mode: "subscription", customer: mapping!.stripeCustomerId, metadata: { plan: "premium" } });

    await account.caller.me.delete({ password: account.password });
    expect(fake.subscription(subscription.id).status).toBe("canceled");
    expect(fake.checkoutSessions.get(open.id)).toMatchObject({ status: "expired" });
    expect(await accountExists(account.user.id)).toBe(false);
  });

  it("never asks Stripe for an account that never had a Stripe customer (so an outage does not block it)", async () => {
    const account = await verifiedTestUser(db, "free-user");
    const before = fake.requests.length;
    fake.failNext(/./, 100);
    await account.caller.me.delete({ password: account.password });
    expect(fake.requests.length).toBe(before);
    expect(await accountExists(account.user.id)).toBe(false);
  });
});
