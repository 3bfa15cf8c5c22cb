/** The admin dashboard's procedures (admin.capabilities, admin.metrics, admin.system, admin.failedStripeEvents). Client-safe. */
import { z } from "zod";

export const ZCapabilitiesSchema = z.object({
  aiConfigured: z.boolean(),
  aiModel: z.string().nullable(),
  billingConfigured: z.boolean(),
});

export const ZAdminMetricsInputSchema = z.object({
  days: z.coerce
    .number()
    .int()
    .refine((days) => [7, 30, 90].includes(days), { error: "days is 7, 30 or 90" })
    .default(7),
});

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

/** The System panel: the same readings /api/metrics exports. */
export const ZSystemStatusSchema = z.object({
  queues: z.array(z.object({ queue: z.string(), waiting: z.number(), active: z.number(), oldestWaitingSeconds: z.number().nullable() })),
  scoringLastHour: z.array(z.object({ provider: z.string(), scores: z.number(), p50Ms: z.number(), p95Ms: z.number() })),
  ai: z.array(z.object({ provider: z.string(), model: z.string(), inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number(), calls: z.number() })),
  emailsLastDay: z.object({ sent: z.number(), failed: z.number(), pending: z.number(), captured: z.number() }),
  connections: z.array(z.object({ application: z.string(), state: z.string(), count: z.number() })),
});
