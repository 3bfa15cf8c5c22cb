/**
 * App CPU of making the score statement (bench-statement-cpu.ts): Drizzle building it for every
 * answer, as store-score.ts did before the eighth session (kept here as the "before"), against the
 * prepared statement's per-answer work (its shape, the placeholder values, Drizzle's fill). No
 * database: postgres.js connects only when a query runs, and none does.
 */
import { and, eq, fillPlaceholders, sql } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import { createDb, type TDatabase } from "@/db";
import { answers, interviews, scores } from "@/db/schema";
import { encodeEvent } from "@/server/realtime/events";
import { notifyExpression } from "@/server/realtime/notify";
import { scoreRowValues } from "@/server/scoring/service/score-row";
import { storeScoreStatement } from "@/server/scoring/service/store-score-statement";
import type { TScore } from "@/server/contracts/vocabulary/score";

const RUNS = 3000;

function builtEachTime(db: TDatabase, row: typeof scores.$inferInsert, answer: { id: string; userId: string; interviewId: string }): unknown {
  const insert = db.insert(scores).values(row).onConflictDoNothing({ target: [scores.answerId, scores.rubricVersion] }).returning({ id: scores.id });
  const update = db
    .update(answers)
    .set({ status: "scored", flagReasons: [], scoredAt: sql`now()`, lastError: null })
    .where(and(eq(answers.id, answer.id), sql`exists (select 1 from locked_interview) and exists (select 1 from inserted_score)`))
    .returning({ notified: notifyExpression({ kind: "answer", answerId: answer.id, userId: answer.userId }) });
  const statement = sql`
    with locked_interview as (select ${interviews.status} as status from ${interviews} where ${interviews.id} = ${answer.interviewId} for update),
      inserted_score as (${insert.getSQL()}),
      settled_answer as (${update.getSQL()})
    select (select count(*) from settled_answer)::int as stored, (select status from locked_interview) as interview_status`;
  return (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(statement);
}

const SCORE: TScore = {
  total: 72,
  dimensions: [{ key: "structure", score: 3, max: 4, comment: "Clear steps." }],
  strengths: ["Names a metric"],
  improvements: ["Say what you would measure first"],
  feedback: "A solid answer.",
  sampleAnswer: "I would …",
  followUp: "What would you measure first?",
  flags: [],
  scoredBy: { provider: "builtin", model: "rehearse-analyzer", rubricVersion: "v3" },
  latencyMs: 2,
  confidence: { level: "medium", reasons: [] },
  language: "en",
} as unknown as TScore;

export function printBuildCost(rounds: number): void {
  const { db } = createDb("postgres://bench:bench@127.0.0.1:9/bench", { max: 1 });
  const answer = { id: "8c9a4c1e-6d0f-4f39-9a57-1d2d3e4f5a6b", userId: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", interviewId: "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b" };
  const row = { ...scoreRowValues(answer.id, "software_engineering", SCORE), provisional: false, fallbackReason: null };
  const forms: Record<string, () => unknown> = {
    "built by Drizzle per answer (before)": () => builtEachTime(db, row, answer),
    "prepared: shape, values, fill (after)": () => {
      const { prepared, filled } = storeScoreStatement(db, row, { ...answer, answerId: answer.id, status: "scored", flagReasons: [], notifyPayload: encodeEvent({ kind: "answer", answerId: answer.id, userId: answer.userId }) });
      return fillPlaceholders(prepared.params ?? [], filled);
    },
  };
  const totals = new Map<string, number[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const [label, make] of Object.entries(forms)) {
      for (let i = 0; i < 200; i += 1) make();
      const before = process.cpuUsage();
      for (let i = 0; i < RUNS; i += 1) make();
      const used = process.cpuUsage(before);
      totals.set(label, [...(totals.get(label) ?? []), (used.user + used.system) / RUNS]);
    }
  }
  console.log(`\nApp CPU of making the score statement per answer (µs; ${RUNS} per round, ${rounds} rounds alternating):`);
  for (const [label, values] of totals) console.log(`  ${label}: ${values.map((value) => value.toFixed(1)).join(", ")}`);
}
