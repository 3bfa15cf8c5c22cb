/**
 * Named prepared statements for Drizzle's queries. Drizzle runs every query through postgres.js'
 * `unsafe(text, params)`, which defaults to an unnamed statement: PostgreSQL parses, analyses and
 * plans the same text again on every execution, and the client sends Parse + Describe each time.
 * Under the practice loop that was most of PostgreSQL's CPU (docs/performance.md). Here a query with
 * parameters is prepared once per connection (postgres.js keeps the statement by its text and
 * types) and then only bound and executed. Queries inside transactions and savepoints get the same.
 * Queries without parameters keep the simple protocol (one round trip, and more than one statement
 * allowed); very long parameter lists (bulk inserts, big IN lists) stay unnamed, so the per-connection
 * statement cache only holds the app's fixed query shapes. DB_PREPARED_STATEMENTS=false turns this off
 * (e.g. behind a pooler in transaction mode, where a named statement may not be on the next connection).
 */
import type postgres from "postgres";

/** Above this many parameters a statement is probably one of many shapes (a batch): left unnamed. */
export const MAX_PREPARED_PARAMETERS = 64;

type TUnsafeOptions = NonNullable<Parameters<postgres.Sql["unsafe"]>[2]>;
type TCallback = (sql: postgres.Sql) => unknown;

export function shouldPrepare(parameters: readonly unknown[] | undefined): boolean {
  return parameters !== undefined && parameters.length > 0 && parameters.length <= MAX_PREPARED_PARAMETERS;
}

export function withPreparedStatements<T extends postgres.Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (text: string, parameters: postgres.ParameterOrJSON<never>[] = [], options: TUnsafeOptions = {}) =>
          // Drizzle passes `prepare: false` explicitly for queries it did not .prepare() itself.
          target.unsafe(text, parameters, { ...options, prepare: Boolean(options.prepare) || shouldPrepare(parameters) });
      }
      if (property === "begin" || property === "savepoint") {
        const method = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const callback = args[args.length - 1] as TCallback;
          return method.call(target, ...args.slice(0, -1), (tx: postgres.Sql) => callback(withPreparedStatements(tx)));
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
