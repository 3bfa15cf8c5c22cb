/** Stripe objects the tests hand to the webhook handlers: invoices and events (snapshots, as Stripe sends them). */
import Stripe from "stripe";
import { DAY_MS, newId, unix } from "./fake-stripe-routes";

export function fakeInvoice(input: { customer: string; subscription: string | null; amountCents: number; price?: string; id?: string; periodStart?: Date; periodEnd?: Date }): Stripe.Invoice {
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
export function fakeEvent<TType extends Stripe.Event.Type>(type: TType, object: unknown, options: { id?: string; created?: Date } = {}): Stripe.Event {
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
