/**
 * The one statement that stores a built-in score (store-score.ts), prepared once per database handle
 * and shape of row. Drizzle built its insert, update and CTE again for every scored answer: about a
 * tenth of the worker's own CPU per answer after the analysis (docs/performance.md, eighth session).
 * Every value is a placeholder, filled through the same column encoders Drizzle uses when it builds
 * the statement each time, so PostgreSQL receives the same text and values as before; postgres.js
 * keeps it as a named statement. It goes through Drizzle's session, so its logger sees it as before.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import type { TDatabase } from "@/db";
import { answers, interviews, scores } from "@/db/schema";
import { REALTIME_CHANNEL } from "@/server/realtime/events";

export type TScoreRow = typeof scores.$inferInsert;
export type TStatementValues = { interviewId: string; answerId: string; status: "scored" | "flagged"; flagReasons: string[]; notifyPayload: string };
type TPrepared = { execute(values: Record<string, unknown>): Promise<unknown>; params?: unknown[] };

/** The statement for rows with these columns (a coding answer's row has one more: its test table). */
function buildStatement(db: TDatabase, columns: readonly (keyof TScoreRow)[]): TPrepared {
  const row = Object.fromEntries(columns.map((column) => [column, sql.placeholder(`score_${column}`)])) as unknown as TScoreRow;
  const insert = db.insert(scores).values(row).onConflictDoNothing({ target: [scores.answerId, scores.rubricVersion] }).returning({ id: scores.id });
  // The answer is updated only when this statement inserted the score, after the interview's lock is held.
  const update = db
    .update(answers)
    .set({ status: sql.placeholder("status") as unknown as "scored", flagReasons: sql.placeholder("flagReasons") as unknown as string[], scoredAt: sql`now()`, lastError: null })
    .where(and(eq(answers.id, sql.placeholder("answerId")), sql`exists (select 1 from locked_interview) and exists (select 1 from inserted_score)`))
    .returning({ notified: sql`pg_notify(${REALTIME_CHANNEL}, ${sql.placeholder("notifyPayload")})` });
  const statement: SQL = sql`
    with locked_interview as (select ${interviews.status} as status from ${interviews} where ${interviews.id} = ${sql.placeholder("interviewId")} for update),
      inserted_score as (${insert.getSQL()}),
      settled_answer as (${update.getSQL()})
    select (select count(*) from settled_answer)::int as stored, (select status from locked_interview) as interview_status`;
  const dialect = (db as unknown as { dialect: PgDialect }).dialect;
  return db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, "store_score", false) as unknown as TPrepared;
}

const statements = new WeakMap<TDatabase, Map<string, TPrepared>>();

/** The statement for this row's shape (built on first use) and its placeholder values. */
export function storeScoreStatement(db: TDatabase, row: TScoreRow, values: TStatementValues): { prepared: TPrepared; filled: Record<string, unknown> } {
  // An undefined value is the column's default to Drizzle: left out here too. So is a null for a column
  // whose default is null: a placeholder goes through the column's encoder even for null, which for
  // jsonb would store JSON null where Drizzle's built statement stores SQL NULL.
  const columns = (Object.keys(row) as (keyof TScoreRow)[]).filter((column) => row[column] !== undefined && (row[column] !== null || scores[column].hasDefault));
  const shape = columns.join(",");
  let byShape = statements.get(db);
  if (!byShape) statements.set(db, (byShape = new Map()));
  let prepared = byShape.get(shape);
  if (!prepared) byShape.set(shape, (prepared = buildStatement(db, columns)));
  const filled: Record<string, unknown> = { ...values };
  for (const column of columns) filled[`score_${column}`] = row[column];
  return { prepared, filled };
}

/** Runs the statement: the interview's lock, the score (once per answer), the answer's status and its push. */
export async function runStoreScoreStatement(
  db: TDatabase,
  row: TScoreRow,
  values: TStatementValues,
): Promise<{ stored: number; interview_status: string | null } | undefined> {
  const { prepared, filled } = storeScoreStatement(db, row, values);
  const rows = (await prepared.execute(filled)) as { stored: number; interview_status: string | null }[];
  return rows[0];
}
