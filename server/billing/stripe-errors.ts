/**
 * Telling Stripe's failures apart: "Stripe could not be reached or answered 5xx" (try again later)
 * versus "Stripe answered, and said no" (a 4xx about the request itself).
 */
import Stripe from "stripe";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";

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

/** How long a client waits before trying Stripe again. */
export const STRIPE_RETRY_AFTER_SECONDS = 30;

/**
 * A call to Stripe on a user's behalf (checkout, the portal). Stripe unreachable (network, timeout,
 * 429, 5xx) or refusing the server's own key is a 503 with Retry-After naming Stripe, not a 500: the
 * request was fine and will work once Stripe, or the key, is back.
 */
export async function whileStripeAnswers<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const keyRefused = error instanceof Stripe.errors.StripeError && (error.type === "StripeAuthenticationError" || error.type === "StripePermissionError");
    if (!isStripeUnavailable(error) && !keyRefused) throw error;
    if (keyRefused) logger().error({ stripeError: (error as Error).message }, "Stripe refused the server's key (check STRIPE_SECRET_KEY)");
    else logger().warn({ stripeError: (error as Error).message }, "Stripe could not be reached");
    throw new AppError("SERVICE_UNAVAILABLE", "Our payment provider, Stripe, cannot be reached right now. Please try again in a minute.", {
      retryAfterSeconds: STRIPE_RETRY_AFTER_SECONDS,
    }).withText("serviceUnavailable");
  }
}
