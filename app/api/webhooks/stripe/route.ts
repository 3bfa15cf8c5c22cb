/**
 * Stripe's webhook. Verifies the signature on the raw body, records the event once and queues its
 * processing in one transaction, and answers 200; the per-event handlers live in
 * server/billing/webhook-handlers/ and run in the job. A 5xx (Stripe retries) only when that write fails.
 */
import { getDb } from "@/server/db";
import { recordStripeEvent } from "@/server/billing/record-stripe-event";
import { verifyStripeEvent } from "@/server/billing/verify-webhook";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { readBodyWithLimit } from "@/server/http/read-body";
import { withRequest } from "@/server/http/with-request";

export const dynamic = "force-dynamic";

export const POST = withRequest(async (req) => {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new AppError("SERVICE_UNAVAILABLE", "Stripe webhooks are not configured on this server: STRIPE_WEBHOOK_SECRET is unset.");
  // The signature covers the exact bytes Stripe sent: read them as they are (1 MiB at most, else 413).
  const raw = await readBodyWithLimit(req);
  const event = verifyStripeEvent(raw, req.headers.get("stripe-signature"), secret);
  const outcome = await recordStripeEvent(getDb(), event);
  return Response.json({ received: true, outcome }, { headers: { "cache-control": "no-store" } });
});
