import { openEventCursor } from "./event-cursor";
import { realtimeRecheckMs } from "./hub";
import { holdWaiterSlot } from "./waiter-slots";

export interface TUpdateOptions {
  signal?: AbortSignal;
  /** The version a reconnecting client already has: not yielded again. */
  lastVersion?: string | null;
}

interface TVersionedSource<T> {
  /** The event key whose notifications wake a re-read. */
  key: string;
  /** The user who watches: their open streams are capped (waiter-slots.ts). */
  owner: string;
  read: () => Promise<T>;
  version: (value: T) => string;
  /** The value will not change again: the stream ends after yielding it. */
  settled: (value: T) => boolean;
}

/**
 * A value now and after every change, for the tRPC subscriptions and the SSE endpoints: re-read on
 * each wake-up of its key (or every recheck interval while LISTEN is down), yielded when its version
 * changed, until it is settled or the signal aborts. The cursor is open before the first read, so a
 * change right after that read still wakes the loop. Past the owner's cap of open waiters, the first
 * step throws RATE_LIMITED (429).
 */
export async function* versionedUpdates<T>(
  source: TVersionedSource<T>,
  options: TUpdateOptions = {},
): AsyncGenerator<{ version: string; value: T }, void, undefined> {
  const release = holdWaiterSlot(source.owner);
  const cursor = openEventCursor([source.key]);
  try {
    let last = options.lastVersion ?? null;
    while (!options.signal?.aborted) {
      const value = await source.read();
      const version = source.version(value);
      if (version !== last) {
        last = version;
        yield { version, value };
      }
      if (source.settled(value)) return;
      await cursor.wait(realtimeRecheckMs(), options.signal);
    }
  } finally {
    cursor.close();
    release();
  }
}
