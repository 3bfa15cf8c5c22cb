import { z } from "zod";
import { zSafeLine, zSafeText } from "@/server/contracts/safe-string";
import { audit, listAudit } from "@/server/admin/audit";
import { billingMetrics } from "@/server/billing/billing-metrics";
import { listFailedStripeEvents } from "@/server/billing/failed-stripe-events";
import { grantPlan } from "@/server/billing/plan-grants";
import { dismissFlag, listFlagged, rescoreAnswer, setManualScore } from "@/server/admin/flagged";
import { adminMetrics } from "@/server/admin/metrics";
import { readSystemStatus } from "@/server/metrics/system-status";
import { createQuestion, exportQuestions, importQuestions, searchQuestions, updateQuestion, ZQuestionInputSchema } from "@/server/admin/question-bank";
import { generateQuestionDrafts } from "@/server/admin/question-drafts";
import { searchUsers, setUserRole, setUserStatus, userDetail } from "@/server/admin/users-admin";
import { listInbox, replyToTicket, setTicketStatus } from "@/server/support/tickets";
import { getEnv } from "@/server/env";
import { ZPaidPlanIdSchema } from "@/server/contracts/vocabulary/plans";
import { ZRoleSchema, ZUserStatusSchema } from "@/server/contracts/vocabulary/roles";
import { ZTicketStatusSchema } from "@/server/contracts/vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";
import { adminProcedure, router } from "@/server/api/trpc";
import { ZAdminMetricsSchema, ZFlaggedAnswerSchema } from "./admin.types";

const actorOf = (user: { id: string; email: string }) => ({ id: user.id, email: user.email });

export const adminRouter = router({
  /** What this server can do, so pages disable actions with the reason instead of failing. */
  capabilities: adminProcedure.query(() => {
    const env = getEnv();
    return {
      aiConfigured: Boolean(env.OPENAI_API_KEY),
      aiModel: env.OPENAI_API_KEY ? env.AI_MODEL : null,
      billingConfigured: Boolean(env.STRIPE_SECRET_KEY),
    };
  }),

  metrics: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/metrics", tags: ["admin"], summary: "Platform metrics for the last N days", errorResponses: [400, 401, 403] } })
    .input(z.object({ days: z.coerce.number().int().refine((days) => [7, 30, 90].includes(days), { error: "days is 7, 30 or 90" }).default(7) }))
    .output(ZAdminMetricsSchema)
    .query(({ ctx, input }) =>
      adminMetrics(ctx.db, input.days, {
        billing: (window) => billingMetrics(ctx.db, { from: new Date(`${window.fromDay}T00:00:00Z`), to: new Date() }),
      }),
    ),

  /** The System panel: queue depth, oldest waiting job, scoring latency, emails, connections (the numbers /api/metrics reads). */
  system: adminProcedure.query(({ ctx }) => readSystemStatus(ctx.db)),

  flagged: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/flagged", tags: ["admin"], summary: "Answers waiting for review", errorResponses: [401, 403] } })
    .input(z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }))
    .output(z.object({ answers: z.array(ZFlaggedAnswerSchema) }))
    .query(async ({ ctx, input }) => ({ answers: await listFlagged(ctx.db, input) })),

  rescore: adminProcedure
    .input(z.object({ answerId: z.uuid(), using: z.enum(["builtin", "ai"]) }))
    .mutation(async ({ ctx, input }) => ({ score: await rescoreAnswer(ctx.db, actorOf(ctx.user), input.answerId, input.using) })),

  setManualScore: adminProcedure
    .input(
      z.object({
        answerId: z.uuid(),
        dimensions: z.array(z.object({ key: zSafeLine().min(1).max(100), score: z.number().int().min(0) })).min(1),
        note: zSafeText().trim().min(3, { error: "Say why you changed the score." }).max(2000),
      }),
    )
    .mutation(async ({ ctx, input }) => ({ score: await setManualScore(ctx.db, actorOf(ctx.user), input) })),

  dismissFlag: adminProcedure
    .input(z.object({ answerId: z.uuid(), note: zSafeText().trim().max(2000).nullable().default(null) }))
    .mutation(async ({ ctx, input }) => {
      await dismissFlag(ctx.db, actorOf(ctx.user), input.answerId, input.note);
      return { ok: true as const };
    }),

  questions: adminProcedure
    .input(
      z.object({
        query: zSafeLine().trim().max(200).optional(),
        track: ZTrackSchema.optional(),
        level: ZLevelSchema.optional(),
        active: z.boolean().optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => searchQuestions(ctx.db, input)),

  createQuestion: adminProcedure.input(ZQuestionInputSchema).mutation(({ ctx, input }) => createQuestion(ctx.db, actorOf(ctx.user), input)),

  updateQuestion: adminProcedure
    .input(z.object({ id: z.uuid(), changes: ZQuestionInputSchema.partial() }))
    .mutation(({ ctx, input }) => updateQuestion(ctx.db, actorOf(ctx.user), input.id, input.changes)),

  generateDrafts: adminProcedure
    .input(z.object({ track: ZTrackSchema, level: ZLevelSchema, count: z.number().int().min(1).max(10).default(5) }))
    .mutation(({ ctx, input }) => generateQuestionDrafts(ctx.db, actorOf(ctx.user), input)),

  exportQuestions: adminProcedure.query(({ ctx }) => exportQuestions(ctx.db)),

  importQuestions: adminProcedure
    .input(z.object({ questions: z.array(z.unknown()).max(2000) }))
    .mutation(({ ctx, input }) => importQuestions(ctx.db, actorOf(ctx.user), input.questions)),

  users: adminProcedure
    .input(z.object({ query: zSafeLine().trim().max(200).optional(), limit: z.number().int().min(1).max(200).default(50), offset: z.number().int().min(0).default(0) }))
    .query(({ ctx, input }) => searchUsers(ctx.db, input)),

  user: adminProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => userDetail(ctx.db, input.id)),

  setUserRole: adminProcedure
    .input(z.object({ id: z.uuid(), role: ZRoleSchema }))
    .mutation(async ({ ctx, input }) => {
      await setUserRole(ctx.db, actorOf(ctx.user), input.id, input.role);
      return { ok: true as const };
    }),

  setUserStatus: adminProcedure
    .input(z.object({ id: z.uuid(), status: ZUserStatusSchema, note: zSafeText().trim().max(2000).nullable().default(null) }))
    .mutation(async ({ ctx, input }) => {
      await setUserStatus(ctx.db, actorOf(ctx.user), input.id, input.status, input.note);
      return { ok: true as const };
    }),

  tickets: adminProcedure
    .input(z.object({ status: ZTicketStatusSchema.optional(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listInbox(ctx.db, input)),

  replyToTicket: adminProcedure
    .input(z.object({ ticketId: z.uuid(), message: zSafeText().trim().min(1, { error: "Write a reply." }).max(10_000), status: ZTicketStatusSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      await replyToTicket(ctx.db, actorOf(ctx.user), input);
      return { ok: true as const };
    }),

  setTicketStatus: adminProcedure
    .input(z.object({ ticketId: z.uuid(), status: ZTicketStatusSchema }))
    .mutation(async ({ ctx, input }) => {
      await setTicketStatus(ctx.db, actorOf(ctx.user), input.ticketId, input.status);
      return { ok: true as const };
    }),

  grantPlan: adminProcedure
    .input(
      z.object({
        userId: z.uuid(),
        plan: ZPaidPlanIdSchema,
        endsAt: z.coerce.date(),
        note: zSafeText().trim().max(2000).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const grant = await ctx.db.transaction(async (tx) => {
        const row = await grantPlan(tx, { userId: input.userId, plan: input.plan, endsAt: input.endsAt, grantedBy: ctx.user.id, note: input.note ?? undefined });
        await audit(tx, actorOf(ctx.user), {
          action: "user.grant_plan",
          targetType: "user",
          targetId: input.userId,
          after: { plan: input.plan, endsAt: input.endsAt.toISOString() },
          note: input.note,
        });
        return row;
      });
      return { id: grant.id, plan: input.plan, endsAt: input.endsAt.toISOString() };
    }),

  failedStripeEvents: adminProcedure.query(({ ctx }) => listFailedStripeEvents(ctx.db, { limit: 100 })),

  audit: adminProcedure
    .input(
      z.object({
        action: zSafeLine().trim().max(100).optional(),
        actorEmail: zSafeLine().trim().max(254).optional(),
        targetId: zSafeLine().trim().max(100).optional(),
        before: zSafeLine().datetime().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
