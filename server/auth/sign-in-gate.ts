/**
 * At most a few password checks at once per process. A sign-in holds a database connection for its
 * whole transaction (the per-account lock must cover the throttle check, the argon2 verify and the
 * failure count), and argon2 runs on libuv's thread pool (4 threads by default). A burst of sign-ins
 * used to take every pool connection while waiting for one of those threads, and every other request
 * of the process then waited for a connection until it failed with 503 (bench:load, 1,000 candidates
 * arriving within 30 s). Waiting here holds no connection; a sign-in that cannot start within
 * `maxWaitMs` is refused with 503 + Retry-After, as any other overload is.
 *
 * When a sign-in fails because the database refuses connections (stopped, restarting), the sign-ins
 * queued behind it are refused at once (503 + Retry-After) rather than each waiting for a place and then
 * failing too: during an outage a queued sign-in waited its place plus the acquire deadline, 7.5–8.9 s
 * (bench:faults, docs/performance.md).
 */
import { isConnectionRefusal } from "@/db/reachability";
import { AppError, serviceUnavailable } from "@/server/errors";

/** libuv's default thread pool size: more verifies at once would only queue inside it. */
export const SIGN_IN_CONCURRENCY = 4;
export const SIGN_IN_MAX_WAIT_MS = 10_000;
const RETRY_AFTER_SECONDS = 5;

export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly inFlight: number;
  readonly waiting: number;
}

/**
 * `refuseQueuedOn`: a failure of one piece of work that means the rest would fail too (the database
 * refusing connections); everything queued is then refused with 503 at once.
 */
export function createGate(concurrency: number, maxWaitMs: number, refuseQueuedOn: (error: unknown) => boolean = () => false): Gate {
  let inFlight = 0;
  const queue: Array<{ start: () => void; refuse: () => void }> = [];

  function acquire(): Promise<void> {
    if (inFlight < concurrency) {
      inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(timer);
          inFlight += 1;
          resolve();
        },
        refuse: () => {
          clearTimeout(timer);
          reject(serviceUnavailable());
        },
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(entry), 1);
        reject(new AppError("SERVICE_UNAVAILABLE", "Too many sign-ins at once. Please try again in a few seconds.", { retryAfterSeconds: RETRY_AFTER_SECONDS }));
      }, maxWaitMs);
      queue.push(entry);
    });
  }

  return {
    async run(work) {
      await acquire();
      try {
        return await work();
      } catch (error) {
        if (refuseQueuedOn(error)) for (const entry of queue.splice(0)) entry.refuse();
        throw error;
      } finally {
        inFlight -= 1;
        queue.shift()?.start();
      }
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
  };
}

// One per process, whichever copy of this module (the launcher's and the Next bundle's).
const globalForGate = globalThis as unknown as { rehearseSignInGate?: Gate };

export function signInGate(): Gate {
  return (globalForGate.rehearseSignInGate ??= createGate(SIGN_IN_CONCURRENCY, SIGN_IN_MAX_WAIT_MS, isConnectionRefusal));
}
