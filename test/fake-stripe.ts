/**
 * A local stand-in for Stripe's API, enough for the SDK calls Rehearse makes (customers, checkout
 * sessions create/list/retrieve/expire, portal sessions, subscriptions retrieve/list/cancel, prices),
 * over real HTTP so the real `stripe` SDK is exercised.
 * Tests own the in-memory store: they put subscriptions in it, change them, make calls fail, and
 * build signed webhook deliveries for the route.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/server/db";
import { createStripeClient, overrideStripeClient } from "@/server/billing/stripe-client";
import { setEnvForFile } from "@/test/helpers/env-overrides";
import { FakeStripeFaults } from "./fake-stripe-faults";
import { parseStripeForm } from "./fake-stripe-form";
import { fakeEvent, fakeInvoice } from "./fake-stripe-objects";
import { DAY_MS, FakeInvalidRequest, newId, routeFakeStripe, unix, type TFakeStripeStore } from "./fake-stripe-routes";

export { parseStripeForm } from "./fake-stripe-form";

export const TEST_WEBHOOK_SECRET = "whsec_test_rehearse_0123456789";
export const TEST_PRICE_PRO = "price_test_pro";
export const TEST_PRICE_PREMIUM = "price_test_premium";

type TJson = Record<string, unknown>;

export interface TFakeRequest {
  method: string;
  path: string;
  body: TJson;
  idempotencyKey: string | null;
}

export interface TFakeSubscriptionInput {
  id?: string;
  customer: string;
  price: string;
  status?: Stripe.Subscription.Status;
  periodStart?: Date;
  periodEnd?: Date;
  cancelAtPeriodEnd?: boolean;
  metadata?: Record<string, string>;
}

function stripeError(res: http.ServerResponse, status: number, type: string, message: string, code?: string) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { type, message, ...(code ? { code } : {}) } }));
}

export class FakeStripe implements TFakeStripeStore {
  readonly customers = new Map<string, TJson>();
  readonly checkoutSessions = new Map<string, TJson>();
  readonly portalSessions: TJson[] = [];
  readonly subscriptions = new Map<string, TJson>();
  readonly prices = new Map<string, TJson>();
  readonly requests: TFakeRequest[] = [];
  /** 500s, hangs, hooks and gatherings the tests arrange (see fake-stripe-faults.ts). */
  readonly faults = new FakeStripeFaults();
  /** Stripe answers a repeated idempotency key with the first response. */
  private idempotent = new Map<string, TJson>();

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeStripe> {
    // The server exists before the instance that answers for it.
    const holder: { fake?: FakeStripe } = {};
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => {
        const signature = `${req.method ?? "GET"} ${new URL(req.url ?? "/", "http://fake").pathname}`;
        holder.fake!.faults.whenGathered(signature, () => holder.fake!.handle(req, body, res));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const fake = new FakeStripe(server, (server.address() as AddressInfo).port);
    holder.fake = fake;
    fake.putPrice(TEST_PRICE_PRO, { unitAmount: 1200, currency: "usd" });
    fake.putPrice(TEST_PRICE_PREMIUM, { unitAmount: 2900, currency: "usd" });
    return fake;
  }

  /** The real SDK, pointed here; no network retries so a failure is seen at once. */
  client(options: { timeoutMs?: number } = {}): Stripe {
    return createStripeClient("sk_test_fake_rehearse", { host: "127.0.0.1", port: this.port, protocol: "http", maxNetworkRetries: 0, timeoutMs: options.timeoutMs });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  failNext(pattern: RegExp, times = 1): void {
    this.faults.failNext(pattern, times);
  }

  hangNext(pattern: RegExp, times = 1): void {
    this.faults.hangNext(pattern, times);
  }

  onNext(pattern: RegExp, run: () => void): void {
    this.faults.onNext(pattern, run);
  }

  gather(pattern: RegExp, count: number, timeoutMs = 1000): void {
    this.faults.gather(pattern, count, timeoutMs);
  }

  /** Forgets pending failures, hangs, hooks and gatherings (between tests). */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Requests whose "METHOD /path" matches, in order (to assert what Rehearse asked Stripe). */
  requestsTo(pattern: RegExp): TFakeRequest[] {
    return this.requests.filter((request) => pattern.test(`${request.method} ${request.path}`));
  }

  putPrice(id: string, input: { unitAmount: number; currency: string; interval?: string }): void {
    this.prices.set(id, {
      id,
      object: "price",
      active: true,
      currency: input.currency,
      unit_amount: input.unitAmount,
      recurring: { interval: input.interval ?? "month", interval_count: 1 },
      type: "recurring",
    });
  }

  putSubscription(input: TFakeSubscriptionInput): Stripe.Subscription {
    const id = input.id ?? newId("sub");
    const start = input.periodStart ?? new Date();
    const end = input.periodEnd ?? new Date(start.getTime() + 30 * DAY_MS);
    const price = this.prices.get(input.price) ?? { id: input.price, object: "price", currency: "usd", unit_amount: 999, recurring: { interval: "month", interval_count: 1 } };
    const subscription = {
      id,
      object: "subscription",
      customer: input.customer,
      status: input.status ?? "active",
      cancel_at_period_end: input.cancelAtPeriodEnd ?? false,
      canceled_at: input.status === "canceled" ? unix(new Date()) : null,
      created: unix(start),
      metadata: input.metadata ?? {},
      items: {
        object: "list",
        data: [{ id: newId("si"), object: "subscription_item", price, quantity: 1, current_period_start: unix(start), current_period_end: unix(end) }],
      },
    };
    this.subscriptions.set(id, subscription);
    return subscription as unknown as Stripe.Subscription;
  }

  /** Changes the subscription Stripe reports from now on (what a retrieve returns). */
  updateSubscription(id: string, patch: { status?: Stripe.Subscription.Status; cancelAtPeriodEnd?: boolean; price?: string; periodEnd?: Date }): Stripe.Subscription {
    const current = this.subscriptions.get(id);
    if (!current) throw new Error(`no fake subscription ${id}`);
    const item = (current.items as { data: TJson[] }).data[0]!;
    if (patch.status) {
      current.status = patch.status;
      if (patch.status === "canceled") current.canceled_at = unix(new Date());
    }
    if (patch.cancelAtPeriodEnd !== undefined) current.cancel_at_period_end = patch.cancelAtPeriodEnd;
    if (patch.price) item.price = this.prices.get(patch.price) ?? { id: patch.price, object: "price", currency: "usd", unit_amount: 999 };
    if (patch.periodEnd) item.current_period_end = unix(patch.periodEnd);
    return structuredClone(current) as unknown as Stripe.Subscription;
  }

  subscription(id: string): Stripe.Subscription {
    const current = this.subscriptions.get(id);
    if (!current) throw new Error(`no fake subscription ${id}`);
    return structuredClone(current) as unknown as Stripe.Subscription;
  }

  /** What Stripe does when the customer pays on the Checkout page: a subscription, and the session completed. */
  completeCheckout(sessionId: string, options: { status?: Stripe.Subscription.Status } = {}): { session: Stripe.Checkout.Session; subscription: Stripe.Subscription } {
    const session = this.checkoutSessions.get(sessionId);
    if (!session) throw new Error(`no fake checkout session ${sessionId}`);
    // Stripe's page refuses payment on an expired or completed session.
    if (session.status !== "open") throw new Error(`fake checkout session ${sessionId} is ${String(session.status)}, not open`);
    const lineItems = session.line_items as { price: string }[];
    const subscription = this.putSubscription({ customer: String(session.customer), price: lineItems[0]!.price, status: options.status ?? "active" });
    Object.assign(session, { status: "complete", payment_status: "paid", subscription: subscription.id, url: null });
    return { session: structuredClone(session) as unknown as Stripe.Checkout.Session, subscription };
  }

  invoice(input: { customer: string; subscription: string | null; amountCents: number; price?: string; id?: string; periodStart?: Date; periodEnd?: Date }): Stripe.Invoice {
    return fakeInvoice(input);
  }

  /** A Stripe event around `object` (its snapshot, which the handlers must not trust for state). */
  event<TType extends Stripe.Event.Type>(type: TType, object: unknown, options: { id?: string; created?: Date } = {}): Stripe.Event {
    return fakeEvent(type, object, options);
  }

  /** A POST to the webhook route as Stripe would send it, signed with `secret`. */
  static signedRequest(payload: string, options: { secret?: string; timestamp?: number; signature?: string } = {}): Request {
    const header =
      options.signature ??
      Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? TEST_WEBHOOK_SECRET, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
    return new Request("http://localhost:3999/api/webhooks/stripe", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": header },
      body: payload,
    });
  }

  private handle(req: http.IncomingMessage, rawBody: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    // GET and DELETE carry their parameters in the query string, in the same form encoding.
    const body = parseStripeForm(rawBody || url.search.slice(1));
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
    this.requests.push({ method, path: url.pathname, body, idempotencyKey });

    const signature = `${method} ${url.pathname}`;
    const fault = this.faults.decide(signature);
    if (fault === "hang") return;
    if (fault === "fail") return stripeError(res, 500, "api_error", "Fake Stripe is having a bad minute.");
    if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_test_")) {
      return stripeError(res, 401, "invalid_request_error", "Invalid API Key provided.");
    }
    if (idempotencyKey && this.idempotent.has(`${signature} ${idempotencyKey}`)) {
      return this.json(res, this.idempotent.get(`${signature} ${idempotencyKey}`)!);
    }
    let result: TJson | null;
    try {
      result = this.route(method, url.pathname, body);
    } catch (error) {
      if (error instanceof FakeInvalidRequest) return stripeError(res, 400, "invalid_request_error", error.message);
      throw error;
    }
    if (!result) return stripeError(res, 404, "invalid_request_error", `No such resource: ${url.pathname}`, "resource_missing");
    if (idempotencyKey && method === "POST") this.idempotent.set(`${signature} ${idempotencyKey}`, result);
    return this.json(res, result);
  }

  private json(res: http.ServerResponse, value: unknown): void {
    res.writeHead(200, { "content-type": "application/json", "request-id": newId("req") });
    res.end(JSON.stringify(value));
  }
  private route(method: string, path: string, body: TJson): TJson | null {
    return routeFakeStripe(this, method, path, body);
  }
}

/**
 * Configures billing for the rest of this test file (env vars, read through getEnv) and points every
 * Stripe call at a fresh fake. Files share their worker's process: the variables are put back after
 * the file (env-overrides.ts), so the next file sees a server without billing again.
 */
export async function useFakeStripe(): Promise<FakeStripe> {
  const fake = await FakeStripe.start();
  setEnvForFile({
    STRIPE_SECRET_KEY: "sk_test_fake_rehearse",
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    STRIPE_PRICE_PRO: TEST_PRICE_PRO,
    STRIPE_PRICE_PREMIUM: TEST_PRICE_PREMIUM,
  });
  overrideStripeClient(fake.client());
  return fake;
}

export async function stopFakeStripe(fake: FakeStripe | undefined): Promise<void> {
  overrideStripeClient(undefined);
  await fake?.close();
}

/**
 * useFakeStripe for a whole test file: started before its tests, stopped after them with the app's
 * database pool (and `alsoAfter`, e.g. the job queue). `onStart` receives the fake.
 */
export function fakeStripeForFile(onStart: (fake: FakeStripe) => void, alsoAfter?: () => Promise<void>): void {
  let started: FakeStripe | undefined;
  beforeAll(async () => {
    started = await useFakeStripe();
    onStart(started);
  });
  afterAll(async () => {
    await stopFakeStripe(started);
    await alsoAfter?.();
    await closeDb();
  });
}
