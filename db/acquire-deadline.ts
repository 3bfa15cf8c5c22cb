/**
 * Bounds on how long a query may wait. postgres.js has no acquire timeout, and while it is
 * connecting with a query in hand it reconnects without end when the server hangs up before the
 * handshake completes (a proxy or port-forward whose database is gone accepts, then closes): the
 * query would wait forever and the request with it. Here a query still without a connection after
 * `acquireMs` is cancelled (postgres.js rejects it with 57014, which the error mapper answers with
 * 503 + Retry-After). Once a query runs on a connection, the server-side statement_timeout bounds
 * it, but only while the server answers: a server that hangs (stopped, or cut off by the network
 * without a reset) never sends the timeout, and the driver waits for it. So a query, and a
 * transaction's statements and its COMMIT or ROLLBACK, that have no answer `responseMs` after they
 * were sent (the app sets it above the statement timeout) are given up with the same 57014; the
 * connection stays with its query until the server answers or the socket dies, and while every
 * connection is stuck so, new queries meet the acquire deadline. Only `unsafe` (every Drizzle query)
 * and `begin` (every Drizzle transaction) are wrapped: tagged-template calls may be fragments nested
 * in another query.
 */
import type postgres from "postgres";

interface PendingLike {
  /** Set by postgres.js once a connection has taken the query (null until then). */
  state?: unknown;
  cancel(): unknown;
  then: Promise<unknown>["then"];
}

function armQuery<T extends PendingLike>(query: T, acquireMs: number, responseMs?: number): T {
  const timer = setTimeout(() => {
    if (query.state == null) void query.cancel();
  }, acquireMs);
  timer.unref();
  // Attaching a handler starts the query on the next microtask, after the caller's synchronous
  // `.values()`/`.raw()`, exactly as its own await would.
  const settled = new Promise<unknown>((resolve, reject) => {
    query.then(resolve, reject);
  }).finally(() => clearTimeout(timer));
  if (responseMs === undefined) {
    settled.catch(() => {});
    return query;
  }
  return settleAs(query, withinResponse(settled, responseMs + acquireMs));
}

/**
 * The caller awaits the query object itself (Drizzle calls `.values()`, which returns it): from here
 * on its `then` is `outcome`'s.
 */
function settleAs<T extends { then: unknown }>(query: T, outcome: Promise<unknown>): T {
  Object.defineProperty(query, "then", { value: outcome.then.bind(outcome), configurable: true });
  return query;
}

export class ResponseTimeoutError extends Error {
  /** As AcquireTimeoutError: maps to 503 + Retry-After. */
  readonly code = "57014";
  constructor(ms: number) {
    super(`no answer from the database within ${ms} ms`);
    this.name = "ResponseTimeoutError";
  }
}

/** The outcome of `work`, or a ResponseTimeoutError once `ms` pass without one. */
function withinResponse<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResponseTimeoutError(ms)), ms);
    timer.unref();
  });
  // Given up on, the work may still settle later: nobody awaits it any more.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** A transaction whose statements are each bounded like a query (the connection is already held). */
function boundedTransaction(tx: postgres.TransactionSql, responseMs: number): postgres.TransactionSql {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<postgres.TransactionSql["unsafe"]>) => {
          const query = target.unsafe(...args);
          return settleAs(query, withinResponse(new Promise((resolve, reject) => query.then(resolve, reject)), responseMs));
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

export class AcquireTimeoutError extends Error {
  /** A SQLSTATE-like code, so it maps to 503 like the server's own "cannot connect now". */
  readonly code = "57014";
  constructor(ms: number) {
    super(`no database connection within ${ms} ms`);
    this.name = "AcquireTimeoutError";
  }
}

type BeginCallback = (tx: postgres.TransactionSql) => unknown;

/** A transaction that has not got its connection in time is abandoned; if the connection comes later, it rolls back at once. */
function beginWithin(target: postgres.Sql, args: unknown[], acquireMs: number, responseMs?: number): Promise<unknown> {
  const callback = args[args.length - 1] as BeginCallback;
  const rest = args.slice(0, -1) as [string?];
  let timedOut = false;
  let acquired = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      if (acquired) return;
      timedOut = true;
      reject(new AcquireTimeoutError(acquireMs));
    }, acquireMs);
    timer.unref();
  });
  let callbackDone: () => void = () => {};
  const finished = new Promise<void>((resolve) => (callbackDone = resolve));
  const run = (target.begin as (...a: unknown[]) => Promise<unknown>)(...rest, async (tx: postgres.TransactionSql) => {
    if (timedOut) throw new AcquireTimeoutError(acquireMs);
    acquired = true;
    clearTimeout(timer);
    try {
      return await callback(responseMs === undefined ? tx : boundedTransaction(tx, responseMs));
    } finally {
      callbackDone();
    }
  });
  // The abandoned transaction's own rejection is expected; nobody awaits it any more.
  run.catch(() => {});
  const raced = [run, deadline];
  // Its statements are bounded one by one; then its COMMIT or ROLLBACK gets as long as a statement.
  if (responseMs !== undefined) raced.push(finished.then(() => withinResponse(run, responseMs)));
  return Promise.race(raced).finally(() => clearTimeout(timer));
}

/** `responseMs`: how long a query that has its connection may go without an answer (unset: no bound). */
export function withAcquireDeadline(sql: postgres.Sql, acquireMs: number, responseMs?: number): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<postgres.Sql["unsafe"]>) => armQuery(target.unsafe(...args), acquireMs, responseMs);
      }
      if (property === "begin") return (...args: unknown[]) => beginWithin(target, args, acquireMs, responseMs);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
