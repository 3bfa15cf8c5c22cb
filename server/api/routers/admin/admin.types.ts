import { z } from "zod";
import { ZScoreSchema } from "@/server/contracts/vocabulary/score";

const ZCountSeriesPointSchema = z.object({
  day: z.string(),
  newUsers: z.number(),
  activeUsers: z.number(),
  interviewsStarted: z.number(),
  interviewsCompleted: z.number(),
  answersScored: z.number(),
  flaggedAnswers: z.number(),
  revenueCents: z.number(),
});

export const ZAdminMetricsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), days: z.number().int() }),
  metrics: z.object({
    newUsers: z.number().int(),
    activeUsers: z.number().int(),
    interviewsStarted: z.number().int(),
    interviewsCompleted: z.number().int(),
    answersScored: z.number().int(),
    flaggedAnswers: z.number().int(),
    aiTokens: z.number().int(),
    aiCostUsd: z.number(),
    revenueCents: z.number().int(),
    mrrCents: z.number().int(),
    activeSubscriptions: z.number().int(),
    conversionRate: z.number(),
  }),
  details: z.object({
    dau: z.number().int(),
    wau: z.number().int(),
    mau: z.number().int(),
    completionRate: z.number(),
    averageInterviewSeconds: z.number(),
    completedInterviewsPerUser: z.number(),
    weekOneRetention: z.number().nullable(),
    averageScoreByTrack: z.array(z.object({ track: z.string(), average: z.number(), answers: z.number() })),
    aiByModel: z.array(
      z.object({ provider: z.string(), model: z.string(), inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number(), calls: z.number(), failedCalls: z.number() }),
    ),
    subscriptionsByPlan: z.array(z.object({ plan: z.string(), count: z.number() })),
  }),
  series: z.array(ZCountSeriesPointSchema),
});

export const ZFlaggedAnswerSchema = z.object({
  id: z.uuid(),
  status: z.string(),
  reasons: z.array(z.string()),
  track: z.string(),
  level: z.string(),
  userEmail: z.string(),
  question: z.string(),
  answer: z.string(),
  error: z.string().nullable(),
  createdAt: z.string(),
  score: ZScoreSchema.nullable(),
  manual: z.boolean(),
  disputes: z.array(z.string()),
});
