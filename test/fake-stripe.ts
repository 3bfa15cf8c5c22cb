/**
 * A local stand-in for Stripe's API, enough for the SDK calls Rehearse makes (customers, checkout
 * sessions create/list/retrieve/expire, portal sessions, subscriptions retrieve/list/cancel, prices),
 * over real HTTP so the real `stripe` SDK is exercised.
 * Tests own the in-memory store: they put subscriptions in it, change them, make calls fail, and
 * build signed webhook deliveries for the route.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { createStripeClient, overrideStripeClient } from "@/server/billing/stripe-client";
import { resetEnvCache } from "@/server/env";
import { FakeStripeFaults } from "./fake-stripe-faults";
import { parseStripeForm } from "./fake-stripe-form";

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

const DAY_MS = 24 * 3600 * 1000;

function newId(prefix: string): string {
  return `${prefix}_test${randomBytes(9).toString("hex")}`;
}

function unix(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function stripeError(res: http.ServerResponse, status: number, type: string, message: string, code?: string) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { type, message, ...(code ? { code } : {}) } }));
}

/** Thrown by a route for Stripe's 400 answers (e.g. expiring a session that is no longer open). */
class FakeInvalidRequest extends Error {}

function list(url: string, data: TJson[]): TJson {
  return { object: "list", url, has_more: false, data: data.map((item) => structuredClone(item)) };
}

export class FakeStripe {
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
    const start = input.periodStart ?? new Date();
    const end = input.periodEnd ?? new Date(start.getTime() + 30 * DAY_MS);
    return {
      id: input.id ?? newId("in"),
      object: "invoice",
      customer: input.customer,
      amount_due: input.amountCents,
      amount_paid: input.amountCents,
      currency: "usd",
      status: "paid",
      period_start: unix(start),
      period_end: unix(start),
      status_transitions: { paid_at: unix(new Date()) },
      parent: input.subscription ? { type: "subscription_details", subscription_details: { subscription: input.subscription, metadata: {} } } : null,
      lines: {
        object: "list",
        data: [
          {
            id: newId("il"),
            object: "line_item",
            amount: input.amountCents,
            currency: "usd",
            period: { start: unix(start), end: unix(end) },
            pricing: input.price ? { type: "price_details", price_details: { price: input.price, product: "prod_test" } } : null,
          },
        ],
      },
    } as unknown as Stripe.Invoice;
  }

  /** A Stripe event around `object` (its snapshot, which the handlers must not trust for state). */
  event<TType extends Stripe.Event.Type>(type: TType, object: unknown, options: { id?: string; created?: Date } = {}): Stripe.Event {
    return {
      id: options.id ?? newId("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: unix(options.created ?? new Date()),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
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
    const [, version, resource, id, extra] = path.split("/");
    if (version !== "v1") return null;
    if (method === "POST" && resource === "customers" && !id) {
      const customer = { id: newId("cus"), object: "customer", email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} };
      this.customers.set(customer.id, customer);
      return customer;
    }
    if (method === "GET" && resource === "customers" && id) return this.customers.get(id) ?? null;
    if (method === "POST" && resource === "checkout" && id === "sessions" && !extra) {
      const sessionId = newId("cs");
      const session = {
        ...body,
        id: sessionId,
        object: "checkout.session",
        status: "open",
        payment_status: "unpaid",
        subscription: null,
        created: unix(new Date()),
        expires_at: unix(new Date(Date.now() + DAY_MS)),
        url: `https://checkout.stripe.test/c/pay/${sessionId}`,
      };
      this.checkoutSessions.set(sessionId, session);
      return session;
    }
    if (resource === "checkout" && id === "sessions" && extra) return this.checkoutSessionRoute(method, path, body);
    if (method === "GET" && resource === "checkout" && id === "sessions") {
      const sessions = [...this.checkoutSessions.values()]
        .filter((session) => (!body.customer || session.customer === body.customer) && (!body.status || session.status === body.status))
        .reverse();
      return list("/v1/checkout/sessions", sessions);
    }
    if (method === "GET" && resource === "subscriptions" && !id) {
      // Like Stripe: without a status filter, every subscription but the canceled ones.
      const wanted = (subscription: TJson) =>
        body.status === "all" || (body.status ? subscription.status === body.status : subscription.status !== "canceled");
      const subscriptions = [...this.subscriptions.values()].filter((subscription) => (!body.customer || subscription.customer === body.customer) && wanted(subscription));
      return list("/v1/subscriptions", subscriptions.reverse());
    }
    if (method === "POST" && resource === "billing_portal" && id === "sessions") {
      const session = { ...body, id: newId("bps"), object: "billing_portal.session", url: `https://billing.stripe.test/p/session/${newId("ps")}` };
      this.portalSessions.push(session);
      return session;
    }
    if (method === "GET" && resource === "subscriptions" && id) {
      const subscription = this.subscriptions.get(id);
      return subscription ? structuredClone(subscription) : null;
    }
    if (method === "DELETE" && resource === "subscriptions" && id) {
      const subscription = this.subscriptions.get(id);
      if (!subscription) return null;
      Object.assign(subscription, { status: "canceled", canceled_at: unix(new Date()) });
      return structuredClone(subscription);
    }
    if (method === "GET" && resource === "prices" && id) return this.prices.get(id) ?? null;
    return null;
  }

  /** GET /v1/checkout/sessions/:id and POST /v1/checkout/sessions/:id/expire. */
  private checkoutSessionRoute(method: string, path: string, _body: TJson): TJson | null {
    const [, , , , sessionId, action] = path.split("/");
    const session = this.checkoutSessions.get(sessionId ?? "");
    if (!session) return null;
    if (method === "GET" && !action) return structuredClone(session);
    if (method === "POST" && action === "expire") {
      if (session.status !== "open") throw new FakeInvalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired (this one is ${String(session.status)}).`);
      Object.assign(session, { status: "expired", url: null });
      return structuredClone(session);
    }
    return null;
  }
}

/**
 * Configures billing for this test file's process (env vars, read through getEnv) and points every
 * Stripe call at a fresh fake. Vitest runs each file in its own process, so nothing leaks.
 */
export async function useFakeStripe(): Promise<FakeStripe> {
  const fake = await FakeStripe.start();
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_fake_rehearse",
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    STRIPE_PRICE_PRO: TEST_PRICE_PRO,
    STRIPE_PRICE_PREMIUM: TEST_PRICE_PREMIUM,
  });
  resetEnvCache();
  overrideStripeClient(fake.client());
  return fake;
}

export async function stopFakeStripe(fake: FakeStripe | undefined): Promise<void> {
  overrideStripeClient(undefined);
  await fake?.close();
}
