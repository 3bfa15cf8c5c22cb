/** For the admin console: Stripe events that could not be applied, and a way to try one again. */
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db";
import { stripeEvents } from "@/db/schema";
import { AppError } from "@/server/errors";
import { enqueueJob } from "@/server/jobs/queue";

export interface TFailedStripeEvent {
  stripeEventId: string;
  type: string;
  receivedAt: Date;
  attempts: number;
  lastError: string | null;
  /** Set when the queue gave up; null while retries are still pending. */
  failedAt: Date | null;
}

/** Unprocessed events that have failed at least one try, newest first (those given up on and those still retrying). */
export async function listFailedStripeEvents(db: TDbOrTx, options: { limit?: number } = {}): Promise<TFailedStripeEvent[]> {
  return db
    .select({
      stripeEventId: stripeEvents.stripeEventId,
      type: stripeEvents.type,
      receivedAt: stripeEvents.receivedAt,
      attempts: stripeEvents.attempts,
      lastError: stripeEvents.lastError,
      failedAt: stripeEvents.failedAt,
    })
    .from(stripeEvents)
    .where(and(isNull(stripeEvents.processedAt), isNotNull(stripeEvents.lastError)))
    .orderBy(desc(stripeEvents.receivedAt))
    .limit(options.limit ?? 100);
}

/**
 * Queues an unprocessed event again (after fixing what made it fail, e.g. a price mapping).
 * Safe to call twice: processing is idempotent and a processed event is refused here.
 */
export async function replayStripeEvent(db: TDatabase, stripeEventId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(stripeEvents)
      .set({ failedAt: null })
      .where(and(eq(stripeEvents.stripeEventId, stripeEventId), isNull(stripeEvents.processedAt)))
      .returning({ id: stripeEvents.id });
    if (!row) throw new AppError("NOT_FOUND", "No unprocessed Stripe event with that id.");
    await enqueueJob("process-stripe-event", { eventId: stripeEventId }, { tx });
  });
}
