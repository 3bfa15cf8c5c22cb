/** The progress router's procedures (progress.*, REST /me/stats, /me/progress, /me/review-queue, /me/answers/export). Client-safe. */
import { z } from "zod";
import { TREND_RULE, ZBenchmarkReasonSchema, ZTrendSchema } from "./vocabulary/progress";
import { ZAnswerKindSchema, ZAnswerStatusSchema } from "./vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";

const ZDaySchema = z.string().describe("A UTC calendar day, YYYY-MM-DD");

export const ZStatsSchema = z.object({
  totalInterviews: z.number().int(),
  completedInterviews: z.number().int(),
  averageScore: z.number().nullable().describe("Mean overall score (0–100) of completed interviews; null before the first"),
  bestScore: z.number().int().nullable(),
  questionsAnswered: z.number().int().describe("Interview questions with at least one answer (retries count once)"),
  memberSince: z.string(),
  currentStreak: z.number().int().describe("Consecutive UTC days, ending today or yesterday, with a scored answer"),
  lastPracticedOn: ZDaySchema.nullable(),
});

const ZJobTargetFilterSchema = z.uuid().describe("Only interviews practised for this job target (one of yours; another's is 404)").optional();

export const ZStatsInputSchema = z.object({ jobTargetId: ZJobTargetFilterSchema }).optional();
export type TStatsInput = z.infer<typeof ZStatsInputSchema>;

export const ZProgressInputSchema = z.object({ track: ZTrackSchema.optional(), jobTargetId: ZJobTargetFilterSchema });

const ZSkillSchema = z.object({
  key: z.string(),
  label: z.string(),
  score: z.number().describe("Mastery on 0–10: recent answers weigh more (half-life 5 answers)"),
  trend: ZTrendSchema.describe('"stable" when trendEnoughData is false'),
  slope: z.number().nullable().describe("Points per answer (0–10 scale) over the last 10 answers; null without enough data for a trend"),
  trendEnoughData: z.boolean().describe(`Whether there is enough data for a trend. ${TREND_RULE}`),
  trendDays: z.number().int().describe("Distinct UTC days among the answers the trend looks at"),
  samples: z.number().int(),
  recent: z.array(z.number()).describe("The latest scores on 0–10, oldest first"),
});

const ZGapSchema = z.object({
  key: z.string(),
  label: z.string(),
  score: z.number(),
  advice: z.string().describe("What to work on, in the reader's language (as the recommended questions' text)"),
  adviceKey: z.string().describe('The advice\'s stable key: "<track>.<dimension>", or "fallback" for a dimension without its own advice'),
  tags: z.array(z.string()),
  recommendedQuestionIds: z.array(z.uuid()),
  recommendedQuestions: z.array(z.object({ id: z.uuid(), text: z.string(), level: ZLevelSchema, difficulty: z.number().int() })),
});

export const ZProgressSchema = z.object({
  track: ZTrackSchema,
  level: ZLevelSchema,
  tracks: z.array(z.object({ track: ZTrackSchema, level: ZLevelSchema, scoredAnswers: z.number().int(), lastPractisedAt: z.string() })),
  series: z.array(z.object({ date: ZDaySchema, score: z.number().int(), answers: z.number().int() })),
  skills: z.array(ZSkillSchema),
  gaps: z.array(ZGapSchema),
  percentile: z.number().int().nullable(),
  benchmark: z.object({
    level: ZLevelSchema,
    percentile: z.number().int().nullable(),
    reason: ZBenchmarkReasonSchema.nullable(),
    candidates: z.number().int(),
    minimumCandidates: z.number().int(),
    average: z.number().nullable(),
  }),
});

const ZReviewItemSchema = z.object({
  questionId: z.uuid(),
  text: z.string(),
  track: ZTrackSchema,
  level: ZLevelSchema,
  interviewId: z.uuid(),
  attempts: z.number().int(),
  lastScore: z.number().int(),
  previousScore: z.number().int().nullable(),
  lastAttemptAt: z.string(),
  failedRetries: z.number().int(),
  intervalDays: z.number().int(),
  dueOn: ZDaySchema,
  due: z.boolean(),
  changes: z.array(z.object({ key: z.string(), label: z.string(), previous: z.number(), latest: z.number(), delta: z.number(), max: z.number() })),
});

/** The review queue takes no input: the reader's language comes from the request (preference, Accept-Language). */
export const ZReviewQueueInputSchema = z.void();

export const ZReviewQueueSchema = z.object({
  dueCount: z.number().int(),
  due: z.array(ZReviewItemSchema),
  upcoming: z.array(ZReviewItemSchema),
});

export const ZAnswersExportSchema = z.object({
  format: z.literal("rehearse-answers/1"),
  exportedAt: z.string(),
  answers: z.array(
    z.object({
      answeredAt: z.string(),
      track: ZTrackSchema,
      level: ZLevelSchema,
      question: z.string(),
      attempt: z.number().int(),
      kind: ZAnswerKindSchema,
      answer: z.string(),
      status: ZAnswerStatusSchema,
      total: z.number().int().nullable(),
      dimensions: z.array(z.object({ key: z.string(), label: z.string(), score: z.number(), max: z.number() })),
      scoredBy: z.object({ provider: z.string(), model: z.string(), rubricVersion: z.string() }).nullable(),
    }),
  ),
});

// ── delivery over time (spoken answers, #19) ───────────────────────────────────────────────────────

/** The most spoken answers progress.delivery returns (the latest, oldest first). */
export const DELIVERY_TREND_LIMIT = 30;

export const ZDeliveryTrendInputSchema = z.object({ track: ZTrackSchema.optional() }).optional();

export const ZDeliveryPointSchema = z.object({
  answerId: z.uuid(),
  interviewId: z.uuid(),
  answeredAt: z.string(),
  track: ZTrackSchema,
  question: z.string(),
  wordsPerMinute: z.number().nullable().describe("Words per minute over speaking time; null when nothing was recognised"),
  fillersPerHundredWords: z.number(),
  durationSec: z.number(),
  suggestedSec: z.number().nullable(),
  longPauses: z.number().int(),
});

export const ZDeliveryTrendSchema = z.object({
  points: z.array(ZDeliveryPointSchema).describe(`Your latest ${DELIVERY_TREND_LIMIT} spoken answers with delivery feedback, oldest first`),
  averageWordsPerMinute: z.number().nullable(),
  averageFillersPerHundredWords: z.number().nullable(),
});
export type TDeliveryPoint = z.infer<typeof ZDeliveryPointSchema>;
export type TDeliveryTrend = z.infer<typeof ZDeliveryTrendSchema>;
