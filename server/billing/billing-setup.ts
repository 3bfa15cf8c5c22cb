/**
 * What an admin still has to configure before plans can be sold: the names of the missing Stripe
 * variables (never their values), and where Stripe must send its webhooks.
 */
import { getEnv } from "@/server/env";

export const BILLING_VARIABLES = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_PRO", "STRIPE_PRICE_PREMIUM"] as const;

export interface TBillingSetup {
  configured: boolean;
  missing: Array<(typeof BILLING_VARIABLES)[number]>;
  webhookUrl: string;
}

export function billingSetup(): TBillingSetup {
  const env = getEnv();
  const missing = BILLING_VARIABLES.filter((name) => !env[name]);
  return { configured: missing.length === 0, missing, webhookUrl: `${env.APP_URL}/api/webhooks/stripe` };
}
