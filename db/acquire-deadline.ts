/**
 * A bound on how long a query may wait for a connection. postgres.js has no acquire timeout, and
 * while it is connecting with a query in hand it reconnects without end when the server hangs up
 * before the handshake completes (a proxy or port-forward whose database is gone accepts, then
 * closes): the query would wait forever and the request with it. Here a query still without a
 * connection after `acquireMs` is cancelled (postgres.js rejects it with 57014, which the error
 * mapper answers with 503 + Retry-After). Once a query runs on a connection, the server-side
 * statement_timeout bounds it instead. Only `unsafe` (every Drizzle query) and `begin` (every Drizzle
 * transaction) are wrapped: tagged-template calls may be fragments nested in another query.
 */
import type postgres from "postgres";

interface PendingLike {
  /** Set by postgres.js once a connection has taken the query (null until then). */
  state?: unknown;
  cancel(): unknown;
  then: Promise<unknown>["then"];
}

function armQuery<T extends PendingLike>(query: T, acquireMs: number): T {
  const timer = setTimeout(() => {
    if (query.state == null) void query.cancel();
  }, acquireMs);
  timer.unref();
  // Attaching a handler starts the query on the next microtask, after the caller's synchronous
  // `.values()`/`.raw()`, exactly as its own await would.
  query.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return query;
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
function beginWithin(target: postgres.Sql, args: unknown[], acquireMs: number): Promise<unknown> {
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
  const run = (target.begin as (...a: unknown[]) => Promise<unknown>)(...rest, (tx: postgres.TransactionSql) => {
    if (timedOut) throw new AcquireTimeoutError(acquireMs);
    acquired = true;
    clearTimeout(timer);
    return callback(tx);
  });
  // The abandoned transaction's own rejection is expected; nobody awaits it any more.
  run.catch(() => {});
  return Promise.race([run, deadline]).finally(() => clearTimeout(timer));
}

export function withAcquireDeadline(sql: postgres.Sql, acquireMs: number): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<postgres.Sql["unsafe"]>) => armQuery(target.unsafe(...args), acquireMs);
      }
      if (property === "begin") return (...args: unknown[]) => beginWithin(target, args, acquireMs);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
