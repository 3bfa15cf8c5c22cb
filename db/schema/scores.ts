import { boolean, index, integer, jsonb, numeric, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, formerUserColumn, idColumn, parentColumn, textListColumn } from "./columns";
import type { TDimensionScore, TScoreConfidence } from "@/server/contracts/vocabulary/score";
import type { TScoreTests } from "@/server/contracts/code";
import { languageEnum, trackEnum } from "./enums";
import { answers } from "./interviews";

/** One score per (answer, rubric version): a job that runs twice writes it once. */
export const scores = pgTable(
  "scores",
  {
    id: idColumn(),
    answerId: parentColumn(() => answers.id),
    rubricVersion: text().notNull(),
    /** The interview's track, copied here so admin metrics average per track without joining answers. */
    track: trackEnum().notNull(),
    total: smallint().notNull(),
    dimensions: jsonb().$type<TDimensionScore[]>().notNull(),
    strengths: text().array().notNull(),
    improvements: text().array().notNull(),
    feedback: text().notNull(),
    sampleAnswer: text().notNull(),
    followUp: text(),
    flags: textListColumn(),
    provider: text().notNull(),
    model: text().notNull(),
    tokensIn: integer(),
    tokensOut: integer(),
    latencyMs: integer().notNull(),
    /** How far the scorer trusts its own score ({level, reasons}); null for scores stored before it existed and for manual scores. */
    confidence: jsonb().$type<TScoreConfidence>(),
    /** The language its words (comments, feedback, follow-up) were written in, so a later language switch does not mislabel them; null: English (stored before languages) or a reviewer's score. */
    language: languageEnum(),
    /**
     * The built-in analyzer's score given while the AI provider was down; a regrade-answer job
     * replaces it when the provider recovers (server/scoring/service/regrade-answer.ts).
     */
    provisional: boolean().notNull().default(false),
    /** Why the built-in analyzer scored instead of the AI grader (logged too); null when the AI graded. */
    fallbackReason: text(),
    /** Set when an admin replaced the score by hand. */
    manual: boolean().notNull().default(false),
    /** The reviewer's note to the candidate on a manual score (who reviewed stays in answer_reviews). */
    reviewNote: text(),
    /** A coding answer's test table (every visible and hidden test run on the submitted code): the correctness evidence. */
    codeTests: jsonb().$type<TScoreTests>(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("scores_answer_rubric_unique").on(table.answerId, table.rubricVersion),
    index("scores_created_idx").on(table.createdAt),
    // "Each answer's newest score" (progress charts, review queue): an index-only probe per answer, no sort; total rides along.
    index("scores_answer_latest_idx").on(table.answerId, table.createdAt.desc(), table.total),
  ],
);

/** Every model call: what it cost and how it went (admin metrics read this). */
export const aiUsage = pgTable(
  "ai_usage",
  {
    id: idColumn(),
    userId: formerUserColumn(),
    answerId: uuid().references(() => answers.id, { onDelete: "set null" }),
    purpose: text({ enum: ["score", "analysis", "question_drafts", "job_requirements", "transcription"] }).notNull(),
    provider: text().notNull(),
    model: text().notNull(),
    inputTokens: integer().notNull().default(0),
    outputTokens: integer().notNull().default(0),
    costUsd: numeric({ precision: 12, scale: 6 }).notNull().default("0"),
    latencyMs: integer().notNull(),
    outcome: text().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("ai_usage_created_idx").on(table.createdAt), index("ai_usage_answer_idx").on(table.answerId)],
);

/** Identical (rubric version, provider, model, level, question, answer) → the stored result, no second model call. */
export const scoreCache = pgTable("score_cache", {
  key: text().primaryKey(),
  score: jsonb().notNull(),
  createdAt: createdAtColumn(),
});
