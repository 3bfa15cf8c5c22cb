/**
 * The fake Stripe's routes: what each SDK call Rehearse makes does to the in-memory store
 * (customers, checkout and portal sessions, subscriptions, prices). null is Stripe's 404.
 */
import { randomBytes } from "node:crypto";

type TJson = Record<string, unknown>;

export const DAY_MS = 24 * 3600 * 1000;

export function newId(prefix: string): string {
  return `${prefix}_test${randomBytes(9).toString("hex")}`;
}

export function unix(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** Thrown by a route for Stripe's 400 answers (e.g. expiring a session that is no longer open). */
export class FakeInvalidRequest extends Error {}

export interface TFakeStripeStore {
  readonly customers: Map<string, TJson>;
  readonly checkoutSessions: Map<string, TJson>;
  readonly portalSessions: TJson[];
  readonly subscriptions: Map<string, TJson>;
  readonly prices: Map<string, TJson>;
}

function list(url: string, data: TJson[]): TJson {
  return { object: "list", url, has_more: false, data: data.map((item) => structuredClone(item)) };
}

export function routeFakeStripe(store: TFakeStripeStore, method: string, path: string, body: TJson): TJson | null {
  const [, version, resource, id, extra] = path.split("/");
  if (version !== "v1") return null;
  if (method === "POST" && resource === "customers" && !id) {
    const customer = { id: newId("cus"), object: "customer", email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} };
    store.customers.set(customer.id, customer);
    return customer;
  }
  if (method === "GET" && resource === "customers" && id) return store.customers.get(id) ?? null;
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
    store.checkoutSessions.set(sessionId, session);
    return session;
  }
  if (resource === "checkout" && id === "sessions" && extra) return checkoutSessionRoute(store, method, path);
  if (method === "GET" && resource === "checkout" && id === "sessions") {
    const sessions = [...store.checkoutSessions.values()]
      .filter((session) => (!body.customer || session.customer === body.customer) && (!body.status || session.status === body.status))
      .reverse();
    return list("/v1/checkout/sessions", sessions);
  }
  if (method === "GET" && resource === "subscriptions" && !id) {
    // Like Stripe: without a status filter, every subscription but the canceled ones.
    const wanted = (subscription: TJson) =>
      body.status === "all" || (body.status ? subscription.status === body.status : subscription.status !== "canceled");
    const subscriptions = [...store.subscriptions.values()].filter((subscription) => (!body.customer || subscription.customer === body.customer) && wanted(subscription));
    return list("/v1/subscriptions", subscriptions.reverse());
  }
  if (method === "POST" && resource === "billing_portal" && id === "sessions") {
    const session = { ...body, id: newId("bps"), object: "billing_portal.session", url: `https://billing.stripe.test/p/session/${newId("ps")}` };
    store.portalSessions.push(session);
    return session;
  }
  if (method === "GET" && resource === "subscriptions" && id) {
    const subscription = store.subscriptions.get(id);
    return subscription ? structuredClone(subscription) : null;
  }
  if (method === "DELETE" && resource === "subscriptions" && id) {
    const subscription = store.subscriptions.get(id);
    if (!subscription) return null;
    Object.assign(subscription, { status: "canceled", canceled_at: unix(new Date()) });
    return structuredClone(subscription);
  }
  if (method === "GET" && resource === "prices" && id) return store.prices.get(id) ?? null;
  return null;
}

/** GET /v1/checkout/sessions/:id and POST /v1/checkout/sessions/:id/expire. */
function checkoutSessionRoute(store: TFakeStripeStore, method: string, path: string): TJson | null {
  const [, , , , sessionId, action] = path.split("/");
  const session = store.checkoutSessions.get(sessionId ?? "");
  if (!session) return null;
  if (method === "GET" && !action) return structuredClone(session);
  if (method === "POST" && action === "expire") {
    if (session.status !== "open") throw new FakeInvalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired (this one is ${String(session.status)}).`);
    Object.assign(session, { status: "expired", url: null });
    return structuredClone(session);
  }
  return null;
}
