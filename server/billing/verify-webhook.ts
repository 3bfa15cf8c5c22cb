import Stripe from "stripe";
import { AppError } from "@/server/errors";

/** Stripe's recommended tolerance: a signed body older than this is a replay, not a delivery. */
const TOLERANCE_SECONDS = 300;

/**
 * The event, if the signature over the exact raw body is Stripe's; else a 400. Only the static
 * webhooks helper is used, so receiving events needs no API key.
 */
export function verifyStripeEvent(rawBody: string, signature: string | null, secret: string): Stripe.Event {
  if (!signature) throw new AppError("VALIDATION_ERROR", "Missing Stripe-Signature header.");
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret, TOLERANCE_SECONDS);
  } catch {
    // The SDK's message says which check failed; the sender only needs to know it was refused.
    throw new AppError("VALIDATION_ERROR", "The Stripe signature is not valid for this body.");
  }
}
