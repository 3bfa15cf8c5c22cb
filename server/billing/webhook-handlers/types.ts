import type Stripe from "stripe";
import type { TTransaction } from "@/db";

export interface TStripeEventContext<TEvent extends Stripe.Event> {
  /** The transaction that applies the effect and marks the event processed: both or neither. */
  tx: TTransaction;
  stripe: Stripe;
  event: TEvent;
}

/** What processing did, stored on the event: "applied", or why nothing was applied. */
export type TStripeEventOutcome = string;

export type TStripeEventHandler<TType extends Stripe.Event.Type> = (
  context: TStripeEventContext<Extract<Stripe.Event, { type: TType }>>,
) => Promise<TStripeEventOutcome>;
