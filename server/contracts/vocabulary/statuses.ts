/**
 * Every status and kind the database, the API and the UI share, declared once. Drizzle's pgEnums
 * (db/schema) and text enums, the Zod schemas of the procedures and the UI's options derive from
 * these arrays; changing a value here is a database migration.
 */
import { z } from "zod";

export const INTERVIEW_STATUSES = ["in_progress", "completed", "abandoned"] as const;
export const ZInterviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export type TInterviewStatus = z.infer<typeof ZInterviewStatusSchema>;

/** One question of an interview: not yet answered, answered at least once, or skipped. */
export const INTERVIEW_QUESTION_STATUSES = ["pending", "answered", "skipped"] as const;
export const ZInterviewQuestionStatusSchema = z.enum(INTERVIEW_QUESTION_STATUSES);
export type TInterviewQuestionStatus = z.infer<typeof ZInterviewQuestionStatusSchema>;

export const ANSWER_STATUSES = ["pending", "scored", "flagged", "failed"] as const;
export const ZAnswerStatusSchema = z.enum(ANSWER_STATUSES);
export type TAnswerStatus = z.infer<typeof ZAnswerStatusSchema>;

/** A main answer to the question, or the answer to the interviewer's follow-up. */
export const ANSWER_KINDS = ["answer", "follow_up"] as const;
export const ZAnswerKindSchema = z.enum(ANSWER_KINDS);
export type TAnswerKind = z.infer<typeof ZAnswerKindSchema>;

/** Which scored attempt of a question counts toward the interview's overall score. */
export const SCORE_COUNTINGS = ["best", "latest"] as const;
export const ZScoreCountingSchema = z.enum(SCORE_COUNTINGS);
export type TScoreCounting = z.infer<typeof ZScoreCountingSchema>;

export const TICKET_STATUSES = ["new", "in_progress", "resolved"] as const;
export const ZTicketStatusSchema = z.enum(TICKET_STATUSES);
export type TTicketStatus = z.infer<typeof ZTicketStatusSchema>;

/** What a person on the team did to an answer's score (the answer_reviews log). */
export const ANSWER_REVIEW_KINDS = ["dispute", "rescore_builtin", "rescore_ai", "manual_score", "dismiss"] as const;
export type TAnswerReviewKind = (typeof ANSWER_REVIEW_KINDS)[number];
