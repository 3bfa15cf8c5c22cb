/**
 * pg-boss's statements with the queue's name written into their text instead of bound as `$1`.
 *
 * pgboss.job is partitioned by queue name. With the name as a parameter, PostgreSQL's generic plan of
 * a prepared fetch or complete covers every partition and costs more than a plan for one, so it keeps
 * choosing a custom plan: the whole statement planned again on every execution. That planning was
 * about 1.5 ms of PostgreSQL CPU per fetch and 1 ms per complete (pg_stat_statements, `npm run
 * bench:worker-cpu -- --pg-stats`), more than running them, and every idle poll of every queue paid
 * it too. With the name as a literal the partition is chosen while planning, the generic plan is the
 * same plan, and PostgreSQL switches to it after five executions (docs/performance.md, eighth
 * session). The dispatcher runs one queue, whose name comes from the registry (never user input);
 * it is quoted as a string literal all the same.
 */
import type PgBoss from "pg-boss";

/** `name` as an SQL string literal. */
export function sqlStringLiteral(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** The text with `$1` replaced by `literal` and `$2`, `$3`, … renumbered `$1`, `$2`, …. */
export function inlineFirstParameter(text: string, literal: string): string {
  return text.replace(/\$(\d+)/g, (_match, digits: string) => {
    const index = Number(digits);
    return index === 1 ? literal : `$${index - 1}`;
  });
}

/**
 * pg-boss's `db` option for one queue: a statement whose first value is this queue's name (fetch,
 * complete, fail, and the dispatcher's own defer) runs with the name in its text; anything else as is.
 */
export function withQueueNameInline(db: PgBoss.Db, name: string): PgBoss.Db {
  const literal = sqlStringLiteral(name);
  // A few fixed texts per queue (fetch with and without metadata, complete, fail, defer).
  const rewritten = new Map<string, string>();
  return {
    executeSql(text, values = []) {
      if (values[0] !== name) return db.executeSql(text, values);
      let inlined = rewritten.get(text);
      if (inlined === undefined) rewritten.set(text, (inlined = inlineFirstParameter(text, literal)));
      return db.executeSql(inlined, values.slice(1));
    },
  };
}
