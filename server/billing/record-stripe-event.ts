import type Stripe from "stripe";
import type { TDatabase } from "@/db";
import { stripeEvents } from "@/db/schema";
import { enqueueJob } from "@/server/jobs/queue";
import { fromUnix } from "./stripe-ids";
import { isHandledStripeEvent } from "./webhook-handlers";

export type TRecordOutcome = "recorded" | "duplicate" | "ignored";

/**
 * Records a verified event once and, in the same transaction, queues the job that applies it: the
 * event is either stored with its job or not at all (then Stripe retries, as we answer 5xx).
 * Events we do not act on are stored as processed, with no job.
 */
export async function recordStripeEvent(db: TDatabase, event: Stripe.Event, now = new Date()): Promise<TRecordOutcome> {
  const handled = isHandledStripeEvent(event.type);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(stripeEvents)
      .values({
        stripeEventId: event.id,
        type: event.type,
        livemode: event.livemode,
        payload: event,
        stripeCreatedAt: fromUnix(event.created) ?? now,
        receivedAt: now,
        ...(handled ? {} : { processedAt: now, outcome: "ignored: not a handled event type" }),
      })
      .onConflictDoNothing({ target: stripeEvents.stripeEventId })
      .returning({ id: stripeEvents.id });
    if (inserted.length === 0) return "duplicate";
    if (!handled) return "ignored";
    await enqueueJob("process-stripe-event", { eventId: event.id }, { tx, singletonKey: event.id });
    return "recorded";
  });
}
