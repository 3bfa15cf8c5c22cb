import { openEventCursor } from "./event-cursor";
import { realtimeRecheckMs } from "./hub";
import { tryHoldWaiterSlot } from "./waiter-slots";

interface TPendingSource<T> {
  /** The event key whose notifications wake a re-read. */
  key: string;
  /** The user who waits: their open waiters are capped (waiter-slots.ts). */
  owner: string;
  read: () => Promise<T>;
  /** Still worth waiting for (an answer being scored, a recording being transcribed). */
  pending: (value: T) => boolean;
}

/**
 * The REST long-poll (answers, recordings): the value at once when it is not pending, otherwise as
 * soon as it stops being pending, or when `waitMs` ends (then still pending). The cursor is open
 * before the first read, so a change stored right after it wakes the wait: one read up front instead
 * of two. While waiting, no query runs and no pool connection is held. Past the owner's cap of open
 * waiters (waiter-slots.ts) it does not wait.
 */
export async function waitWhilePending<T>(source: TPendingSource<T>, waitMs: number, signal?: AbortSignal): Promise<T> {
  const release = tryHoldWaiterSlot(source.owner);
  // Past the owner's cap the poll answers at once, as with ?wait=0: the client polls again.
  if (!release) return source.read();
  const deadline = Date.now() + waitMs;
  const cursor = openEventCursor([source.key]);
  try {
    let value = await source.read();
    while (source.pending(value)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0 || signal?.aborted) break;
      if ((await cursor.wait(Math.min(remaining, realtimeRecheckMs()), signal)) === "aborted") break;
      value = await source.read();
    }
    return value;
  } finally {
    cursor.close();
    release();
  }
}
