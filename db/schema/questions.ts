import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, parentColumn, textListColumn, timestampColumns } from "./columns";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import { languageEnum, levelEnum, trackEnum } from "./enums";

/** job_ai: written by the model for one candidate's job target (db/schema/job-targets.ts), never part of the bank. */
export const QUESTION_SOURCES = ["seed", "admin", "ai_draft", "job_ai"] as const;

export const questions = pgTable(
  "questions",
  {
    id: idColumn(),
    /** Stable key of seeded questions: the seed updates a question in place by slug. */
    slug: text().notNull().unique(),
    track: trackEnum().notNull(),
    level: levelEnum().notNull(),
    text: text().notNull(),
    tags: textListColumn(),
    difficulty: smallint().notNull(),
    keyPoints: textListColumn(),
    /** Hand-written follow-ups, each keyed to the rubric dimension it probes (server/contracts/vocabulary/follow-ups.ts). */
    followUps: jsonb().$type<TFollowUp[]>().notNull().default(sql`'[]'::jsonb`),
    sampleAnswer: text().notNull(),
    /**
     * Coding questions that run: signatures, visible examples, hidden tests, references (server/code-runner/types.ts).
     * Hidden tests and references never leave the server: DTOs use publicCodingSpec (server/code-runner/public-spec.ts).
     */
    coding: jsonb().$type<TCodingSpec>(),
    active: boolean().notNull().default(true),
    source: text({ enum: QUESTION_SOURCES }).notNull().default("seed"),
    createdAt: createdAtColumn(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("questions_track_level_active_idx").on(table.track, table.level, table.active),
    index("questions_tags_idx").using("gin", table.tags),
    check("questions_difficulty_range", sql`${table.difficulty} between 1 and 5`),
  ],
);

export type TQuestionRow = typeof questions.$inferSelect;
export type TQuestionInsert = typeof questions.$inferInsert;

/**
 * A bank question in another language (English stays in `questions`): the same question, so progress,
 * review and statistics stay per question. Each field may be null (not translated yet): readers fall
 * back to the English field one by one (server/questions/localized-question.ts).
 */
export const questionTranslations = pgTable(
  "question_translations",
  {
    questionId: parentColumn(() => questions.id),
    language: languageEnum().notNull(),
    text: text(),
    keyPoints: text().array(),
    followUps: jsonb().$type<TFollowUp[]>(),
    sampleAnswer: text(),
    /** seed: follows db/seed/questions/translations; admin: edited in the question bank, the seed leaves it alone. */
    source: text({ enum: ["seed", "admin"] }).notNull().default("seed"),
    ...timestampColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.questionId, table.language] }),
    // English is the question row itself; a translation row is always another language.
    check("question_translations_not_english", sql`${table.language} <> 'en'`),
  ],
);

export type TQuestionTranslationRow = typeof questionTranslations.$inferSelect;
