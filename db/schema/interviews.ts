import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, momentColumn, nowColumn, ownedRowColumns, ownerColumn, parentColumn, textListColumn } from "./columns";
import { CODE_LANGUAGES, type TCodeLanguage } from "@/server/contracts/code";
import { ANSWER_KINDS, ANSWER_STATUSES, INTERVIEW_QUESTION_STATUSES, INTERVIEW_STATUSES, SCORE_COUNTINGS } from "@/server/contracts/vocabulary/statuses";
import { languageEnum, levelEnum, trackEnum } from "./enums";
import { questions } from "./questions";

export type TDraftCode = { language: TCodeLanguage; sources: Partial<Record<TCodeLanguage, string>> };

export const interviewStatusEnum = pgEnum("interview_status", INTERVIEW_STATUSES);

export const interviews = pgTable(
  "interviews",
  {
    ...ownedRowColumns(),
    track: trackEnum().notNull(),
    level: levelEnum().notNull(),
    questionCount: smallint().notNull(),
    focusTags: textListColumn(),
    /**
     * The language its questions, key points, sample answers and follow-ups are given and scored in:
     * the candidate's language at the start, kept so a later switch never mixes two languages in one
     * interview (server/questions/localized-question.ts).
     */
    language: languageEnum().notNull().default("en"),
    status: interviewStatusEnum().notNull().default("in_progress"),
    startedAt: nowColumn(),
    /** Any activity (draft save, answer); idle in-progress interviews are abandoned after 2 h. */
    lastActivityAt: nowColumn(),
    completedAt: momentColumn(),
    overallScore: smallint(),
    passed: text({ enum: ["yes", "no"] }),
    /** Which scored attempt of a question counts toward the overall score: the best (default) or the latest. */
    scoreCounting: text({ enum: SCORE_COUNTINGS }).notNull().default("best"),
    /** Set once when an empty interview is abandoned: it no longer counts toward the plan's quota. */
    quotaRefunded: boolean().notNull().default(false),
  },
  (table) => [
    index("interviews_user_started_idx").on(table.userId, table.startedAt.desc()),
    index("interviews_user_status_idx").on(table.userId, table.status),
    index("interviews_started_idx").on(table.startedAt),
    // (completed_at, started_at): completions and their durations per day come from the index alone.
    index("interviews_completed_idx").on(table.completedAt, table.startedAt).where(sql`${table.completedAt} is not null`),
    // The percentile: every candidate's average at one track and level, read from the index alone.
    index("interviews_benchmark_idx")
      .on(table.track, table.level, table.userId, table.overallScore)
      .where(sql`${table.status} = 'completed'`),
    check("interviews_question_count_range", sql`${table.questionCount} between 1 and 10`),
  ],
);

/** The questions of an interview, in order, with the candidate's autosaved draft. */
export const interviewQuestions = pgTable(
  "interview_questions",
  {
    id: idColumn(),
    interviewId: parentColumn(() => interviews.id),
    questionId: uuid()
      .notNull()
      .references(() => questions.id),
    position: smallint().notNull(),
    status: text({ enum: INTERVIEW_QUESTION_STATUSES }).notNull().default("pending"),
    draft: text().notNull().default(""),
    draftSavedAt: momentColumn(),
    /** A coding question's editor draft: the chosen language and the code per language (the prose stays in `draft`). */
    draftCode: jsonb().$type<TDraftCode>(),
  },
  (table) => [
    uniqueIndex("interview_questions_position_unique").on(table.interviewId, table.position),
    index("interview_questions_question_idx").on(table.questionId),
  ],
);

export const answerStatusEnum = pgEnum("answer_status", ANSWER_STATUSES);
export const answerKindEnum = pgEnum("answer_kind", ANSWER_KINDS);

/**
 * The first columns of a row that is one attempt at one question of an interview (answers, voice
 * recordings): its id, its owner, the interview and the interview question; deleting either deletes it.
 */
export function questionAttemptColumns() {
  return { ...ownedRowColumns(), interviewId: parentColumn(() => interviews.id), interviewQuestionId: parentColumn(() => interviewQuestions.id) };
}

/** Every attempt is kept: retries and follow-up answers are new rows. */
export const answers = pgTable(
  "answers",
  {
    ...questionAttemptColumns(),
    questionId: uuid()
      .notNull()
      .references(() => questions.id),
    kind: answerKindEnum().notNull().default("answer"),
    /** What was asked: the question text, or the interviewer's follow-up question. */
    prompt: text().notNull(),
    attempt: integer().notNull(),
    text: text().notNull(),
    /** SHA-256 of the text: ten identical submits (a double-click) make one answer. */
    textHash: text().notNull(),
    timeSpentSeconds: integer(),
    /** A coding answer's code and language (`text` holds its prose explanation); the scoring job runs every test on it. */
    code: text(),
    language: text({ enum: CODE_LANGUAGES }),
    status: answerStatusEnum().notNull().default("pending"),
    flagReasons: textListColumn(),
    lastError: text(),
    createdAt: createdAtColumn(),
    scoredAt: momentColumn(),
  },
  (table) => [
    uniqueIndex("answers_attempt_unique").on(table.interviewQuestionId, table.kind, table.attempt),
    index("answers_user_created_idx").on(table.userId, table.createdAt.desc()),
    index("answers_interview_idx").on(table.interviewId),
    // Admin metrics count answers, flags and active users per day from this index alone.
    index("answers_created_status_user_idx").on(table.createdAt, table.status, table.userId),
    index("answers_status_idx").on(table.status).where(sql`${table.status} in ('pending', 'flagged')`),
  ],
);

/**
 * Idempotency-Key of POST /interviews and answer submits: the first result per (user, key), replayed
 * on a retry. The primary key makes concurrent replays queue behind the first; rows expire.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: ownerColumn(),
    key: text().notNull(),
    /** The operation and a hash of its input: the same key with another request is refused. */
    scope: text().notNull(),
    requestHash: text().notNull(),
    status: smallint().notNull(),
    response: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: createdAtColumn(),
    expiresAt: momentColumn().notNull(),
  },
  (table) => [uniqueIndex("idempotency_keys_user_key_unique").on(table.userId, table.key), index("idempotency_keys_expires_idx").on(table.expiresAt)],
);

export type TInterviewRow = typeof interviews.$inferSelect;
export type TInterviewQuestionRow = typeof interviewQuestions.$inferSelect;
export type TAnswerRow = typeof answers.$inferSelect;
