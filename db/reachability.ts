/**
 * "The database refused us a moment ago": a small state per client so that, while the database is
 * stopped, one query at a time (the probe) tries a connection, at most one every PROBE_INTERVAL_MS,
 * and the queries meanwhile share the probe's outcome: refused at once with it (08001, which the error
 * mapper answers with 503 + Retry-After), or sent as soon as it got through. Queries arriving between
 * two probes wait for the next one rather than being refused without a try, so the first request
 * after the database is back succeeds (at most PROBE_INTERVAL_MS late).
 *
 * Why: a refused connect (ECONNREFUSED, or the server starting up / shutting down: 57P01–57P03) fails
 * the query that asked for it, but every further query asks again, and postgres.js spaces those
 * attempts with a backoff that grows with each failure (to 10–20 s), during which a query waits for a
 * connection until the acquire deadline cancels it (4 s). Requests therefore waited 4 s each during an
 * outage, and 503s went on well after the database was back (docs/performance.md, "Database stopped").
 *
 * Only refusals mark the database down: a connect that times out (a busy or hung server) or a
 * statement that fails says nothing certain, and a busy machine must not turn into refused requests.
 * Any query that reaches the server (a result, or the server's own error) marks it up again.
 */
import postgres from "postgres";

/** While down, at most one connection attempt per this interval: the longest a query waits before its 503. */
export const PROBE_INTERVAL_MS = 250;
/** A probe that has not settled in this long (a connect hanging past every deadline) no longer holds others back. */
const PROBE_STALE_MS = 10_000;

/** Errno and SQLSTATEs of a database that is not accepting connections: stopped, shutting down, starting up. */
const REFUSAL_CODES = new Set(["ECONNREFUSED", "57P01", "57P02", "57P03"]);

export class DatabaseUnreachableError extends Error {
  /** SQLSTATE "unable to establish connection": the error mapper answers it with 503 + Retry-After. */
  readonly code = "08001";
  constructor() {
    super("the database refused connections a moment ago; not trying again yet");
    this.name = "DatabaseUnreachableError";
  }
}

/** Whether `error` (or an error it wraps: Drizzle and tRPC wrap) says the database refused connections. */
export function isConnectionRefusal(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
    if (current instanceof DatabaseUnreachableError) return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && REFUSAL_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** What one query's outcome says: the server answered, it refused, or nothing certain (a timeout, a cut connection). */
export type Outcome = "reached" | "refused" | "unknown";

export function outcomeOf(error: unknown): Outcome {
  if (isConnectionRefusal(error)) return "refused";
  // The server's own error (a constraint, a statement timeout): it is there.
  return error instanceof postgres.PostgresError ? "reached" : "unknown";
}

/** A probe's identity, so the outcome of a probe given up as stale does not end a newer one. */
export type ProbeTicket = object;

export type Admission =
  | { kind: "send"; probe?: ProbeTicket }
  /** A probe is under way: its outcome decides (true: the database answered, send; false: refuse). */
  | { kind: "wait"; outcome: Promise<boolean> }
  /** The last probe failed a moment ago: ask again in `ms` (then one of the waiting queries is the next probe). */
  | { kind: "later"; ms: number };

export interface Reachability {
  readonly down: boolean;
  /** Asked as a query is about to go to the driver. */
  admit(): Admission;
  report(outcome: Outcome, probe?: ProbeTicket): void;
}

const SEND: Admission = { kind: "send" };

export function createReachability(now: () => number = Date.now): Reachability {
  let down = false;
  let nextProbeAt = 0;
  let probe: { ticket: ProbeTicket; startedAt: number; outcome: Promise<boolean>; finish(reached: boolean): void } | undefined;

  function endProbe(reached: boolean): void {
    const current = probe;
    probe = undefined;
    current?.finish(reached);
  }

  return {
    get down() {
      return down;
    },
    admit() {
      if (!down) return SEND;
      const at = now();
      if (probe && at - probe.startedAt < PROBE_STALE_MS) return { kind: "wait", outcome: probe.outcome };
      if (at < nextProbeAt) return { kind: "later", ms: nextProbeAt - at };
      let finish: (reached: boolean) => void = () => {};
      const outcome = new Promise<boolean>((resolve) => (finish = resolve));
      const ticket: ProbeTicket = {};
      // A stale probe's waiters are refused; the queries after it wait for this one.
      endProbe(false);
      probe = { ticket, startedAt: at, outcome, finish };
      return { kind: "send", probe: ticket };
    },
    report(outcome, ticket) {
      if (outcome === "reached") {
        if (!down && !probe) return;
        down = false;
        endProbe(true);
        return;
      }
      if (outcome === "refused" && !down) {
        down = true;
        nextProbeAt = now() + PROBE_INTERVAL_MS;
      }
      if (ticket && probe?.ticket === ticket) {
        nextProbeAt = now() + PROBE_INTERVAL_MS;
        endProbe(false);
      }
    },
  };
}
