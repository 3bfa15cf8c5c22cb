import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgEnum, pgTable, primaryKey, real, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, ownedRowColumns, ownerColumn, parentColumn, textListColumn, timestampColumns } from "./columns";
import { JOB_SOURCE_KINDS, REQUIREMENT_KINDS, type TJobSourceFile } from "@/server/contracts/job-targets";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { levelEnum } from "./enums";
import { interviewQuestions, interviews } from "./interviews";
import { questions } from "./questions";

export const requirementKindEnum = pgEnum("job_requirement_kind", REQUIREMENT_KINDS);
export const jobSourceKindEnum = pgEnum("job_source_kind", JOB_SOURCE_KINDS);

/** A job the candidate prepares for: the description (and optionally their CV) as plain text. */
export const jobTargets = pgTable(
  "job_targets",
  {
    ...ownedRowColumns(),
    title: text().notNull(),
    company: text(),
    level: levelEnum().notNull(),
    description: text().notNull(),
    cv: text(),
    /** Where the description and CV came from: pasted, or the uploaded file's name and kind. */
    sources: jsonb().$type<TJobSourceFile[]>().notNull().default(sql`'[]'::jsonb`),
    /** SHA-256 of the description the requirements were extracted from; a changed description re-extracts. */
    descriptionHash: text().notNull(),
    /** "rules" (deterministic) or "ai" (refined by the model). */
    extractedBy: text({ enum: ["rules", "ai"] }).notNull().default("rules"),
    ...timestampColumns(),
  },
  (table) => [index("job_targets_user_updated_idx").on(table.userId, table.updatedAt.desc())],
);

/** One requirement of a job target, in the order the candidate sees (position = rank). */
export const jobRequirements = pgTable(
  "job_requirements",
  {
    id: idColumn(),
    jobTargetId: parentColumn(() => jobTargets.id),
    text: text().notNull(),
    kind: requirementKindEnum().notNull(),
    tracks: textListColumn().$type<TTrack[]>(),
    /** Rubric dimension keys (server/contracts/vocabulary/rubrics.ts) an answer must score on to show this requirement. */
    dimensions: textListColumn(),
    /** Bank tags that cover this requirement (question matching). */
    tags: textListColumn(),
    /** Words that match a question's text or key points when no tag does. */
    keywords: textListColumn(),
    weight: real().notNull().default(1),
    position: smallint().notNull(),
    editedByUser: boolean().notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (table) => [index("job_requirements_target_idx").on(table.jobTargetId, table.position)],
);

/**
 * Which job target and requirement an interview question covers. A separate table (not columns on
 * interview_questions) so ordinary interviews stay untouched; deleting the job target unlinks its interviews.
 */
export const jobInterviewItems = pgTable(
  "job_interview_items",
  {
    interviewQuestionId: parentColumn(() => interviewQuestions.id),
    interviewId: parentColumn(() => interviews.id),
    jobTargetId: parentColumn(() => jobTargets.id),
    requirementId: uuid().references(() => jobRequirements.id, { onDelete: "set null" }),
    /** The requirement text at the time (the requirement may be edited or deleted later). */
    requirementText: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.interviewQuestionId] }),
    index("job_interview_items_interview_idx").on(table.interviewId),
    index("job_interview_items_target_idx").on(table.jobTargetId),
  ],
);

/**
 * Questions the model wrote for one candidate's job target (source "job_ai", inactive): asked only in
 * that candidate's tailored interviews, never listed in the bank, the catalogue or the admin console.
 * The user link keeps them owned (and deleted with the account) after the job target is gone.
 */
export const jobGeneratedQuestions = pgTable(
  "job_generated_questions",
  {
    questionId: uuid()
      .primaryKey()
      .references(() => questions.id, { onDelete: "cascade" }),
    userId: ownerColumn(),
    jobTargetId: uuid().references(() => jobTargets.id, { onDelete: "set null" }),
    /** The requirement text it was written for (the requirement may be edited or deleted later). */
    requirementText: text().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("job_generated_questions_target_idx").on(table.jobTargetId), index("job_generated_questions_user_idx").on(table.userId)],
);

/** AI refinements by description hash (and model): the same description is not sent twice. */
export const jobRequirementCache = pgTable(
  "job_requirement_cache",
  {
    key: text().notNull(),
    requirements: jsonb().notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [uniqueIndex("job_requirement_cache_key_unique").on(table.key)],
);

export type TJobTargetRow = typeof jobTargets.$inferSelect;
export type TJobRequirementRow = typeof jobRequirements.$inferSelect;
