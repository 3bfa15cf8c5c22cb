/**
 * The per-provider gate every model call passes: at most `concurrency` calls in flight in this
 * process (AI_CONCURRENCY), and after a 429 with Retry-After every caller waits until then instead
 * of hammering the provider. Waiting counts against the caller's deadline (its AbortSignal).
 */
export interface AiLimiter {
  run<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** The provider asked us to slow down: no call starts for `ms`. */
  pauseFor(ms: number): void;
  readonly inFlight: number;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error("aborted");
}

export function createAiLimiter(concurrency: number, now: () => number = Date.now): AiLimiter {
  let inFlight = 0;
  let pausedUntil = 0;
  const waiters: Array<() => void> = [];

  function wait(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortError(signal!));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  async function acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const pause = pausedUntil - now();
      if (pause > 0) {
        await wait(pause, signal);
        continue;
      }
      if (inFlight < concurrency) {
        inFlight += 1;
        return;
      }
      await new Promise<void>((resolve, reject) => {
        const wake = (): void => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        // A caller that gave up leaves the line: a released slot woke it in its place, and the callers
        // still waiting stayed asleep beside a free slot until their deadlines.
        const onAbort = (): void => {
          const index = waiters.indexOf(wake);
          if (index >= 0) waiters.splice(index, 1);
          reject(abortError(signal!));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        waiters.push(wake);
      });
    }
  }

  return {
    async run(call, signal) {
      await acquire(signal);
      try {
        return await call();
      } finally {
        inFlight -= 1;
        waiters.shift()?.();
      }
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    get inFlight() {
      return inFlight;
    },
  };
}
