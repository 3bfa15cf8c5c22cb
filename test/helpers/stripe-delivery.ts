import { sql } from "drizzle-orm";
import type Stripe from "stripe";
import { expect } from "vitest";
import type { TDatabase } from "@/db";
import { POST as stripeWebhook } from "@/app/api/webhooks/stripe/route";
import { processStripeEvent } from "@/server/billing/process-stripe-event";
import { FakeStripe } from "../fake-stripe";

/** Posts the event to the webhook route, signed like Stripe does. */
export async function postEvent(event: Stripe.Event): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await stripeWebhook(FakeStripe.signedRequest(JSON.stringify(event)));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Removes the queued process-stripe-event jobs of an event and says how many there were. Tests run
 * the job themselves, and a worker started by another test file must not take them first.
 */
export async function takeQueuedJobs(db: TDatabase, eventId: string): Promise<number> {
  const rows = await db.execute(sql`delete from pgboss.job where name = 'process-stripe-event' and data->>'eventId' = ${eventId} returning id`);
  return rows.length;
}

/** What Stripe and our worker do together: deliver, then run the job that was queued with the event. */
export async function deliverAndProcess(db: TDatabase, event: Stripe.Event): Promise<void> {
  const { status } = await postEvent(event);
  expect(status).toBe(200);
  expect(await takeQueuedJobs(db, event.id)).toBe(1);
  expect(await processStripeEvent(db, event.id)).toBe("processed");
}
