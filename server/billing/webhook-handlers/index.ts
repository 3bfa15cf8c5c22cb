/**
 * The Stripe events Rehearse acts on, one file each. Every other event is recorded and marked
 * processed without a job (Stripe gets its 200 either way).
 */
import type Stripe from "stripe";
import { checkoutSessionCompleted } from "./checkout-session-completed";
import { customerSubscriptionCreated } from "./customer-subscription-created";
import { customerSubscriptionDeleted } from "./customer-subscription-deleted";
import { customerSubscriptionUpdated } from "./customer-subscription-updated";
import { invoicePaid } from "./invoice-paid";
import { invoicePaymentFailed } from "./invoice-payment-failed";
import type { TStripeEventContext, TStripeEventHandler, TStripeEventOutcome } from "./types";

type THandlerMap = { [TType in Stripe.Event.Type]?: TStripeEventHandler<TType> };

const HANDLERS = {
  "checkout.session.completed": checkoutSessionCompleted,
  "customer.subscription.created": customerSubscriptionCreated,
  "customer.subscription.updated": customerSubscriptionUpdated,
  "customer.subscription.deleted": customerSubscriptionDeleted,
  "invoice.paid": invoicePaid,
  "invoice.payment_failed": invoicePaymentFailed,
} satisfies THandlerMap;

export const HANDLED_STRIPE_EVENTS: readonly string[] = Object.keys(HANDLERS);

export function isHandledStripeEvent(type: string): boolean {
  return Object.hasOwn(HANDLERS, type);
}

/** Runs the event's handler; the caller has checked isHandledStripeEvent. */
export function handleStripeEvent(context: TStripeEventContext<Stripe.Event>): Promise<TStripeEventOutcome> {
  const handler = (HANDLERS as THandlerMap)[context.event.type] as TStripeEventHandler<Stripe.Event.Type> | undefined;
  if (!handler) return Promise.resolve("ignored: not a handled event type");
  // The map pairs each type with its handler; TypeScript cannot follow that through an index.
  return handler(context as TStripeEventContext<never>);
}
