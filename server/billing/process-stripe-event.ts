/**
 * The `process-stripe-event` job: applies one recorded event. The effect and `processed_at` are
 * written in one transaction, with the event row locked, so a repeated or concurrent try finds it
 * processed and does nothing. A failed try records its error and rethrows for the queue to retry;
 * after the last retry the event stays unprocessed, with `failed_at`, for an admin to see.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { TDatabase } from "@/db";
import { stripeEvents } from "@/db/schema";
import type { JobHandler } from "@/server/jobs/worker";
import { logger } from "@/server/logger";
import { getStripe } from "./stripe-client";
import { handleStripeEvent } from "./webhook-handlers";

const MAX_ERROR_LENGTH = 1000;

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
}

export type TProcessOutcome = "processed" | "already_processed" | "missing";

export async function processStripeEvent(db: TDatabase, eventId: string, stripe: () => Stripe = getStripe): Promise<TProcessOutcome> {
  const started = await db
    .update(stripeEvents)
    .set({ attempts: sql`${stripeEvents.attempts} + 1` })
    .where(and(eq(stripeEvents.stripeEventId, eventId), isNull(stripeEvents.processedAt)))
    .returning({ id: stripeEvents.id });
  if (started.length === 0) {
    const [row] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.stripeEventId, eventId));
    return row ? "already_processed" : "missing";
  }

  try {
    const outcome = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(stripeEvents).where(eq(stripeEvents.stripeEventId, eventId)).for("update");
      if (!row || row.processedAt) return null;
      // Verified by its signature when it was received; stored as Stripe sent it.
      const event = row.payload as Stripe.Event;
      const result = await handleStripeEvent({ tx, stripe: stripe(), event });
      await tx
        .update(stripeEvents)
        .set({ processedAt: new Date(), outcome: result, lastError: null, failedAt: null })
        .where(eq(stripeEvents.id, row.id));
      return result;
    });
    if (outcome === null) return "already_processed";
    logger().info({ stripeEventId: eventId, outcome }, "stripe event processed");
    return "processed";
  } catch (error) {
    await db.update(stripeEvents).set({ lastError: describeError(error) }).where(eq(stripeEvents.stripeEventId, eventId));
    throw error;
  }
}

/** After the queue's last retry: the event stays unprocessed and shows up in listFailedStripeEvents. */
export async function markStripeEventFailed(db: TDatabase, eventId: string, lastError: string): Promise<void> {
  await db
    .update(stripeEvents)
    .set({ failedAt: new Date(), lastError: lastError.slice(0, MAX_ERROR_LENGTH) })
    .where(and(eq(stripeEvents.stripeEventId, eventId), isNull(stripeEvents.processedAt)));
  logger().error({ stripeEventId: eventId }, "stripe event failed for good");
}

export function stripeEventJobHandler(getDb: () => TDatabase): JobHandler<{ eventId: string }> {
  return {
    run: async ({ eventId }) => {
      const outcome = await processStripeEvent(getDb(), eventId);
      // The job is inserted with its event, so a missing row means the row was deleted by hand.
      if (outcome === "missing") logger().warn({ stripeEventId: eventId }, "stripe event job without its event row");
    },
    onFailed: ({ eventId }, lastError) => markStripeEventFailed(getDb(), eventId, lastError),
  };
}
