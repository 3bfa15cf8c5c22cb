/** The public shapes of interviews, answers and scores (the REST contract and the web app share them). */
import { z } from "zod";
import { ZCodeLanguageSchema, ZDraftCodeSchema, ZPublicCodingSpecSchema } from "@/server/contracts/code";
import { ZScoreSchema } from "@/server/contracts/vocabulary/score";
import { ZAnswerKindSchema, ZAnswerStatusSchema, ZInterviewQuestionStatusSchema, ZInterviewStatusSchema, ZScoreCountingSchema } from "@/server/contracts/vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";

export const ZAnswerSchema = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  questionId: z.uuid(),
  kind: ZAnswerKindSchema,
  prompt: z.string().describe("What was asked: the question, or the interviewer's follow-up"),
  attempt: z.number().int(),
  text: z.string(),
  /** A coding answer's code and its language (null for a prose-only answer). */
  code: z.string().nullable(),
  language: ZCodeLanguageSchema.nullable(),
  status: ZAnswerStatusSchema,
  flagReasons: z.array(z.string()),
  timeSpentSeconds: z.number().int().nullable(),
  createdAt: z.string(),
  score: ZScoreSchema.nullable(),
  /**
   * Set when a person on the Rehearse team reviewed the score by hand: the score's numbers are
   * theirs, `note` is what they told the candidate, and the score's feedback and dimension comments
   * are the original automatic ones. Who reviewed is never shown.
   */
  review: z.object({ reviewedBy: z.literal("Rehearse team"), note: z.string() }).nullable(),
});
export type TAnswer = z.infer<typeof ZAnswerSchema>;

export const ZInterviewQuestionSchema = z.object({
  questionId: z.uuid(),
  order: z.number().int(),
  text: z.string(),
  tags: z.array(z.string()),
  difficulty: z.number().int(),
  status: ZInterviewQuestionStatusSchema,
  draft: z.string(),
  /** When the server last saved the draft (null when never), so a client can tell which copy is newer. */
  draftSavedAt: z.string().nullable(),
  /** A coding question's autosaved editor (language and code per language); null when none was saved. */
  draftCode: ZDraftCodeSchema.nullable(),
  /** A coding question's starting code per language and its visible tests (hidden tests never leave the server); null for other questions. */
  coding: ZPublicCodingSpecSchema.nullable(),
  /** The latest main answer (what the contract calls `answer`). */
  answer: ZAnswerSchema.nullable(),
  /** Every attempt, oldest first, follow-up answers included. */
  attempts: z.array(ZAnswerSchema),
  /**
   * The answer versions this view shows, per kind: the number of attempts submitted so far (0 when
   * unanswered). Send it back as `expectedVersion` with a submit; a stale one is a 409.
   */
  versions: z.object({ answer: z.number().int(), followUp: z.number().int() }),
  /** The main attempt that counts toward the overall score under `scoreCounting` (null when none is scored). */
  countedAnswerId: z.uuid().nullable(),
});

export const ZInterviewSchema = z.object({
  id: z.uuid(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  status: ZInterviewStatusSchema,
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  questionCount: z.number().int(),
  focusTags: z.array(z.string()),
  overallScore: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  passThreshold: z.number().int(),
  /** Which scored attempt of each question counts: the best (default) or the latest. */
  scoreCounting: ZScoreCountingSchema,
  /** The interview was abandoned before any answer and does not count toward the plan's quota. */
  quotaRefunded: z.boolean(),
  timeSpentSeconds: z.number().int(),
  questions: z.array(ZInterviewQuestionSchema),
});
export type TInterview = z.infer<typeof ZInterviewSchema>;

export const ZInterviewSummarySchema = ZInterviewSchema.omit({ questions: true }).extend({ answeredCount: z.number().int() });
export type TInterviewSummary = z.infer<typeof ZInterviewSummarySchema>;
