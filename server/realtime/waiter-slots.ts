/**
 * A per-user cap on what waits for changes in this process: open streams (tRPC subscriptions, REST
 * server-sent events) and long polls. Each one holds a connection, a subscriber and a re-read on every
 * wake-up; without a cap one account could open thousands (found in a hostile pass) and every resync
 * of the LISTEN connection would cost thousands of queries. A person with a few tabs open uses a
 * handful; past the cap a stream is refused with 429 and a long poll answers at once without waiting.
 */
import { AppError, secondsText } from "@/server/errors";

export const MAX_WAITERS_PER_USER = 24;
const RETRY_AFTER_SECONDS = 5;

const HELD_KEY = Symbol.for("rehearse.realtime.waiter-slots");

/** Kept on globalThis, like the hub: route bundles and the launcher share one count per process. */
function held(): Map<string, number> {
  const holder = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;
  holder[HELD_KEY] ??= new Map();
  return holder[HELD_KEY];
}

/** A slot for `owner`'s waiter, or null when they hold MAX_WAITERS_PER_USER already. The release is idempotent. */
export function tryHoldWaiterSlot(owner: string): (() => void) | null {
  const counts = held();
  const current = counts.get(owner) ?? 0;
  if (current >= MAX_WAITERS_PER_USER) return null;
  counts.set(owner, current + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (counts.get(owner) ?? 1) - 1;
    if (left <= 0) counts.delete(owner);
    else counts.set(owner, left);
  };
}

/** As tryHoldWaiterSlot, but a stream past the cap is an error the client sees (429 with a retry hint). */
export function holdWaiterSlot(owner: string): () => void {
  const release = tryHoldWaiterSlot(owner);
  if (!release) throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${secondsText(RETRY_AFTER_SECONDS)}.`, { retryAfterSeconds: RETRY_AFTER_SECONDS, limit: MAX_WAITERS_PER_USER });
  return release;
}

export function heldWaiterSlots(owner: string): number {
  return held().get(owner) ?? 0;
}
