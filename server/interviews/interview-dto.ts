/** The public shapes of interviews, answers and scores (the REST contract and the web app share them). */
import { z } from "zod";
import { ZScoreSchema } from "@/server/scoring/score-schema";
import { ZLevelSchema, ZTrackSchema } from "@/server/tracks";

export const ZAnswerSchema = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  questionId: z.uuid(),
  kind: z.enum(["answer", "follow_up"]),
  prompt: z.string().describe("What was asked: the question, or the interviewer's follow-up"),
  attempt: z.number().int(),
  text: z.string(),
  status: z.enum(["pending", "scored", "flagged", "failed"]),
  flagReasons: z.array(z.string()),
  timeSpentSeconds: z.number().int().nullable(),
  createdAt: z.string(),
  score: ZScoreSchema.nullable(),
});
export type TAnswer = z.infer<typeof ZAnswerSchema>;

export const ZInterviewQuestionSchema = z.object({
  questionId: z.uuid(),
  order: z.number().int(),
  text: z.string(),
  tags: z.array(z.string()),
  difficulty: z.number().int(),
  status: z.enum(["pending", "answered", "skipped"]),
  draft: z.string(),
  /** When the server last saved the draft (null when never), so a client can tell which copy is newer. */
  draftSavedAt: z.string().nullable(),
  /** The latest main answer (what the contract calls `answer`). */
  answer: ZAnswerSchema.nullable(),
  /** Every attempt, oldest first, follow-up answers included. */
  attempts: z.array(ZAnswerSchema),
});

export const ZInterviewSchema = z.object({
  id: z.uuid(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  status: z.enum(["in_progress", "completed", "abandoned"]),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  questionCount: z.number().int(),
  focusTags: z.array(z.string()),
  overallScore: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  passThreshold: z.number().int(),
  timeSpentSeconds: z.number().int(),
  questions: z.array(ZInterviewQuestionSchema),
});
export type TInterview = z.infer<typeof ZInterviewSchema>;

export const ZInterviewSummarySchema = ZInterviewSchema.omit({ questions: true }).extend({ answeredCount: z.number().int() });
export type TInterviewSummary = z.infer<typeof ZInterviewSummarySchema>;
