/**
 * Telling Stripe's failures apart: "Stripe could not be reached or answered 5xx" (try again later)
 * versus "Stripe answered, and said no" (a 4xx about the request itself).
 */
import Stripe from "stripe";

/** Network error, timeout (the SDK reports both as a connection error), 429 or 5xx. */
export function isStripeUnavailable(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  if (error.type === "StripeConnectionError" || error.type === "StripeAPIError" || error.type === "StripeRateLimitError") return true;
  return (error.statusCode ?? 0) >= 500;
}

/** Stripe answered 4xx: the object is missing, or not in a state that allows the call. */
export function isStripeInvalidRequest(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && error.type === "StripeInvalidRequestError";
}
