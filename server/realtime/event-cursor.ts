/**
 * A subscriber that remembers: opened before the state is read, so an event that arrives between
 * the read and the wait is not lost (wait() then returns at once).
 */
import { subscribeRealtime } from "./hub";

export type TWaitResult = "changed" | "timeout" | "aborted";

export interface TEventCursor {
  /** Resolves on the next event or resync for these keys (or one that came since the last wait). */
  wait(timeoutMs: number, signal?: AbortSignal): Promise<TWaitResult>;
  close(): void;
}

export function openEventCursor(keys: readonly string[]): TEventCursor {
  let pending = false;
  let wake: (() => void) | null = null;
  const unsubscribes = keys.map((key) =>
    subscribeRealtime(key, () => {
      pending = true;
      wake?.();
    }),
  );
  return {
    wait(timeoutMs, signal) {
      if (pending) {
        pending = false;
        return Promise.resolve("changed");
      }
      if (signal?.aborted) return Promise.resolve("aborted");
      return new Promise<TWaitResult>((resolve) => {
        const finish = (result: TWaitResult) => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          wake = null;
          if (result === "changed") pending = false;
          resolve(result);
        };
        const onAbort = () => finish("aborted");
        const timer = setTimeout(() => finish("timeout"), Math.max(0, timeoutMs));
        signal?.addEventListener("abort", onAbort, { once: true });
        wake = () => finish("changed");
      });
    },
    close() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      wake = null;
    },
  };
}
