/**
 * Puts a client's queries through its Reachability (db/reachability.ts): while the database is marked
 * down, a query waits for the next probe (at most PROBE_INTERVAL_MS) and shares its fate, refused with
 * DatabaseUnreachableError or sent; otherwise it goes to the driver, and its outcome is reported back. As in
 * acquire-deadline.ts only `unsafe` (every Drizzle query) and `begin` (every Drizzle transaction) are
 * wrapped; statements inside a transaction already hold a connection.
 *
 * A query admitted while the database is up goes on synchronously, exactly as without this file.
 *
 * postgres.js builds a query lazily: the pool's handler gets it on the microtask after the first
 * `then`. The decision is taken there, when the query would really be sent (not when it is built),
 * by standing in for that handler once. `handler`, `reject` and `cancelled` are the driver's
 * (postgres 3.4.x src/query.js); db/database-outage.test.ts fails if they change.
 */
import type postgres from "postgres";
import { DatabaseUnreachableError, isConnectionRefusal, outcomeOf, type ProbeTicket, type Reachability } from "./reachability";

interface QueryInternals {
  handler: (query: unknown) => void;
  reject(error: unknown): void;
  /** Set by cancel() on a query no connection has taken yet (the acquire deadline's). */
  cancelled: unknown;
  then: Promise<unknown>["then"];
}

function observe(query: QueryInternals, reachability: Reachability, probe: ProbeTicket | undefined): void {
  query.then(
    () => reachability.report("reached", probe),
    (error: unknown) => reachability.report(outcomeOf(error), probe),
  );
}

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits as the Reachability says, then resolves with the probe ticket to send with (undefined: not a
 * probe), or rejects with DatabaseUnreachableError when the probe this query waited for was refused.
 */
async function admission(reachability: Reachability, gaveUp: () => boolean): Promise<{ probe?: ProbeTicket } | undefined> {
  for (;;) {
    const decision = reachability.admit();
    if (decision.kind === "send") return { probe: decision.probe };
    if (decision.kind === "wait") {
      if (!(await decision.outcome)) throw new DatabaseUnreachableError();
      return {};
    }
    await later(decision.ms);
    if (gaveUp()) return undefined;
  }
}

function gateQuery<T extends object>(query: T, reachability: Reachability): T {
  const internals = query as unknown as QueryInternals;
  const send = internals.handler;
  if (typeof send !== "function" || typeof internals.reject !== "function") return query;
  internals.handler = (self: unknown) => {
    internals.handler = send;
    const decision = reachability.admit();
    if (decision.kind === "send") {
      // The usual path, kept synchronous: the database is up (or this query is the probe).
      observe(internals, reachability, decision.probe);
      send(self);
      return;
    }
    // The database refused a moment ago: wait for the next probe. A query the acquire deadline gave
    // up on meanwhile is already rejected and must not be sent.
    const gaveUp = () => Boolean(internals.cancelled);
    void admission(reachability, gaveUp).then(
      (admitted) => {
        if (!admitted || gaveUp()) return;
        observe(internals, reachability, admitted.probe);
        send(self);
      },
      (error: unknown) => internals.reject(error),
    );
  };
  return query;
}

type BeginCallback = (tx: postgres.TransactionSql) => unknown;

async function gateBegin(target: postgres.Sql, args: unknown[], reachability: Reachability): Promise<unknown> {
  const decision = reachability.admit();
  // Only a transaction that waited goes through the async admission (its caller's deadline still applies).
  const admitted = decision.kind === "send" ? { probe: decision.probe } : await admission(reachability, () => false);
  const probe = admitted?.probe;
  const callback = args[args.length - 1] as BeginCallback;
  let acquired = false;
  const begin = target.begin as (...a: unknown[]) => Promise<unknown>;
  try {
    return await begin(...args.slice(0, -1), (tx: postgres.TransactionSql) => {
      // BEGIN has run on a connection: the database is there.
      acquired = true;
      reachability.report("reached", probe);
      return callback(tx);
    });
  } catch (error) {
    if (isConnectionRefusal(error)) reachability.report("refused", probe);
    else if (!acquired) reachability.report(outcomeOf(error), probe);
    throw error;
  }
}

export function withReachability(sql: postgres.Sql, reachability: Reachability): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<postgres.Sql["unsafe"]>) => gateQuery(target.unsafe(...args), reachability);
      }
      if (property === "begin") return (...args: unknown[]) => gateBegin(target, args, reachability);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
