/**
 * The Stripe SDK client of this process, built from the environment on first use. Billing is
 * "configured" only with all four Stripe variables: a checkout without the webhook secret would take
 * money and never apply the plan, and one without both prices could sell a plan we cannot map back.
 * Cancelling (account deletion) sells nothing and needs only the secret key.
 */
import Stripe from "stripe";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";

export const BILLING_NOT_CONFIGURED = "Billing is not configured on this server";

export interface TStripeClientOptions {
  /** A local fake in tests: host "127.0.0.1", its port, protocol "http". */
  host?: string;
  port?: number;
  protocol?: "http" | "https";
  maxNetworkRetries?: number;
  /** Per-request deadline; tests shorten it to see a hung Stripe as a timeout quickly. */
  timeoutMs?: number;
}

export function createStripeClient(secretKey: string, options: TStripeClientOptions = {}): Stripe {
  return new Stripe(secretKey, {
    // Retried POSTs reuse the SDK's idempotency key, so a retry never creates a second object.
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeoutMs ?? 20_000,
    appInfo: { name: "Rehearse" },
    ...(options.host ? { host: options.host } : {}),
    ...(options.port ? { port: options.port } : {}),
    ...(options.protocol ? { protocol: options.protocol } : {}),
  });
}

// On globalThis like the db and queue: the launcher and the Next.js bundle share one process.
const globalForStripe = globalThis as unknown as { rehearseStripe?: { key: string; client: Stripe }; rehearseStripeOverride?: Stripe };

export function isBillingConfigured(): boolean {
  const env = getEnv();
  return Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET && env.STRIPE_PRICE_PRO && env.STRIPE_PRICE_PREMIUM);
}

/**
 * Until an operator sets Stripe up (an hour is a fair guess at "later"): the contract's 503 carries
 * Retry-After. The setting names are for the operator, in the log and the admin console, not for
 * a candidate reading the error.
 */
const BILLING_RETRY_AFTER_SECONDS = 3_600;

function billingNotConfigured(missing: string): AppError<"SERVICE_UNAVAILABLE"> {
  logger().warn({ missing }, "billing is not configured: set STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRO and STRIPE_PRICE_PREMIUM to sell plans");
  return new AppError("SERVICE_UNAVAILABLE", `${BILLING_NOT_CONFIGURED}: paid plans cannot be bought here yet.`, { retryAfterSeconds: BILLING_RETRY_AFTER_SECONDS }).withText(
    "billingNotConfigured",
  );
}

/** Throws the clear SERVICE_UNAVAILABLE error that checkout, portal and the pricing page show. */
export function assertBillingConfigured(): void {
  if (!isBillingConfigured()) throw billingNotConfigured("settings");
}

/** The client for API calls; webhook processing needs only the secret key, so it checks just that. */
export function getStripe(): Stripe {
  if (globalForStripe.rehearseStripeOverride) return globalForStripe.rehearseStripeOverride;
  const key = getEnv().STRIPE_SECRET_KEY;
  if (!key) throw billingNotConfigured("STRIPE_SECRET_KEY");
  if (globalForStripe.rehearseStripe?.key !== key) globalForStripe.rehearseStripe = { key, client: createStripeClient(key) };
  return globalForStripe.rehearseStripe.client;
}

/** Tests point every caller at a fake Stripe server; `undefined` goes back to the environment's client. */
export function overrideStripeClient(client: Stripe | undefined): void {
  globalForStripe.rehearseStripeOverride = client;
}
