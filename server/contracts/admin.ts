/**
 * The admin router's procedures (admin.*): inputs and outputs of the review queue, the question
 * bank, users, support inbox, plan grants and the audit log. Metrics and system status are in
 * admin-metrics.ts. Client-safe: zod and server/contracts only.
 */
import { z } from "zod";
import { ZQuestionSummarySchema } from "./catalog";
import { ZTranslationLanguageSchema, ZTranslationStatusesSchema } from "./question-translations";
import { zSafeLine, zSafeText } from "./safe-string";
import { ZFollowUpsSchema } from "./vocabulary/follow-ups";
import { ZPaidPlanIdSchema, ZPlanIdSchema } from "./vocabulary/plans";
import { ZRoleSchema, ZUserStatusSchema } from "./vocabulary/roles";
import { ZScoreSchema } from "./vocabulary/score";
import { ZAnswerStatusSchema, ZInterviewStatusSchema, ZTicketStatusSchema } from "./vocabulary/statuses";
import { ZLevelSchema, ZTrackSchema } from "./vocabulary/tracks";
import { ZPublicUserSchema } from "./users";

export const ZOkSchema = z.object({ ok: z.literal(true) });
const ZPageInputShape = { limit: z.number().min(1).max(200).int().default(50), offset: z.number().min(0).int().default(0) };
const ZNoteSchema = zSafeText().trim().max(2000).nullable().default(null);

// ── review queue (flagged answers) ──────────────────────────────────────────

export const ZFlaggedInputSchema = z.object({ limit: z.coerce.number().min(1).max(200).int().default(50) });
export const ZFlaggedAnswerSchema = z.object({
  id: z.uuid(),
  status: ZAnswerStatusSchema,
  reasons: z.array(z.string()),
  track: ZTrackSchema,
  level: ZLevelSchema,
  userEmail: z.string(),
  question: z.string(),
  answer: z.string(),
  error: z.string().nullable(),
  createdAt: z.string(),
  score: ZScoreSchema.nullable(),
  manual: z.boolean(),
  disputes: z.array(z.string()),
});
export const ZFlaggedResponseSchema = z.object({ answers: z.array(ZFlaggedAnswerSchema) });

export const ZRescoreInputSchema = z.object({ answerId: z.uuid(), using: z.enum(["builtin", "ai"]) });
export const ZSetManualScoreInputSchema = z.object({
  answerId: z.uuid(),
  dimensions: z.array(z.object({ key: zSafeLine().min(1).max(100), score: z.number().min(0).int() })).min(1),
  note: zSafeText().trim().min(3, { error: "Say why you changed the score." }).max(2000),
});
export const ZScoreResponseSchema = z.object({ score: ZScoreSchema });
export const ZDismissFlagInputSchema = z.object({ answerId: z.uuid(), note: ZNoteSchema });

// ── question bank ───────────────────────────────────────────────────────────

export const ZQuestionInputSchema = z.object({
  slug: zSafeLine().trim().regex(/^[a-z0-9][a-z0-9-]{2,80}$/, { error: "Use 3–80 lowercase letters, digits and dashes." }),
  track: ZTrackSchema,
  level: ZLevelSchema,
  text: zSafeText().trim().min(10, { error: "Write the question (at least 10 characters)." }).max(2000),
  tags: z.array(zSafeLine().trim().toLowerCase().min(1).max(40)).max(8),
  difficulty: z.number().min(1).max(5).int(),
  keyPoints: z.array(zSafeLine().trim().min(3).max(300)).min(1, { error: "Add at least one key point." }).max(10),
  sampleAnswer: zSafeText().trim().min(20, { error: "Write a sample answer (at least 20 characters)." }).max(10_000),
  active: z.boolean().default(true),
  // Optional so an export from before follow-ups imports without wiping them; a new question starts with none.
  followUps: ZFollowUpsSchema.optional(),
});
export type TQuestionInput = z.infer<typeof ZQuestionInputSchema>;

export const ZQuestionSearchInputSchema = z.object({
  query: zSafeLine().trim().max(200).optional(),
  track: ZTrackSchema.optional(),
  level: ZLevelSchema.optional(),
  active: z.boolean().optional(),
  /** Only questions whose translation into this language is missing or incomplete. */
  missingTranslation: ZTranslationLanguageSchema.optional(),
  ...ZPageInputShape,
});

/** A bank question as admins edit it; `coding` (edited through admin.coding.*) is passed through as stored. */
export const ZAdminQuestionSchema = ZQuestionSummarySchema.extend({
  slug: z.string(),
  keyPoints: z.array(z.string()),
  followUps: z.array(z.object({ text: z.string(), dimension: z.string() })),
  sampleAnswer: z.string(),
  coding: z.unknown(),
  active: z.boolean(),
  source: z.string(),
  createdAt: z.union([z.string(), z.date()]),
  updatedAt: z.union([z.string(), z.date()]),
});
export const ZQuestionSearchResponseSchema = z.object({
  total: z.number().int(),
  questions: z.array(
    ZAdminQuestionSchema.extend({
      createdAt: z.string(),
      updatedAt: z.string(),
      uses: z.number().int(),
      averageScore: z.number().nullable(),
      translations: ZTranslationStatusesSchema,
    }),
  ),
});
export const ZUpdateQuestionInputSchema = z.object({ id: z.uuid(), changes: ZQuestionInputSchema.partial() });
export const ZGenerateDraftsInputSchema = z.object({ track: ZTrackSchema, level: ZLevelSchema, count: z.number().min(1).max(10).int().default(5) });
export const ZGenerateDraftsResponseSchema = z.object({ created: z.number().int(), skipped: z.number().int(), ids: z.array(z.uuid()) });
export const ZQuestionExportSchema = z.array(ZQuestionInputSchema.omit({ followUps: true }).extend({ followUps: ZAdminQuestionSchema.shape.followUps }));
export const ZImportQuestionsInputSchema = z.object({ questions: z.array(z.unknown()).max(2000) });
export const ZImportQuestionsResponseSchema = z.object({ created: z.number().int(), updated: z.number().int() });

// ── users and plan grants ───────────────────────────────────────────────────

export const ZUserSearchInputSchema = z.object({ query: zSafeLine().trim().max(200).optional(), ...ZPageInputShape });
const ZAdminUserSchema = ZPublicUserSchema.extend({ status: ZUserStatusSchema });
export const ZUserSearchResponseSchema = z.object({ total: z.number().int(), users: z.array(ZAdminUserSchema) });
export const ZIdInputSchema = z.object({ id: z.uuid() });
export const ZUserDetailSchema = z.object({
  user: ZAdminUserSchema,
  /** The plan's id; the page names it in the reader's language (common.plans). */
  plan: ZPlanIdSchema,
  interviews: z.array(
    z.object({ id: z.uuid(), track: ZTrackSchema, level: ZLevelSchema, status: ZInterviewStatusSchema, startedAt: z.string(), overallScore: z.number().int().nullable() }),
  ),
  flaggedAnswers: z.number().int(),
});
export const ZSetUserRoleInputSchema = z.object({ id: z.uuid(), role: ZRoleSchema });
export const ZSetUserStatusInputSchema = z.object({ id: z.uuid(), status: ZUserStatusSchema, note: ZNoteSchema });

export const ZGrantPlanRequestSchema = z.object({ userId: z.uuid(), plan: ZPaidPlanIdSchema, endsAt: z.coerce.date(), note: ZNoteSchema });
export type TGrantPlanRequest = z.infer<typeof ZGrantPlanRequestSchema>;
export const ZGrantPlanResponseSchema = z.object({ id: z.uuid(), plan: ZPaidPlanIdSchema, endsAt: z.string() });

export const ZFailedStripeEventSchema = z.object({
  stripeEventId: z.string(),
  type: z.string(),
  receivedAt: z.date(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  failedAt: z.date().nullable(),
});

// ── support inbox ───────────────────────────────────────────────────────────

export const ZInboxInputSchema = z.object({ status: ZTicketStatusSchema.optional(), limit: z.number().min(1).max(200).int().default(50) });
export const ZReplyToTicketInputSchema = z.object({
  ticketId: z.uuid(),
  message: zSafeText().trim().min(1, { error: "Write a reply." }).max(10_000),
  status: ZTicketStatusSchema.optional(),
});
export const ZSetTicketStatusInputSchema = z.object({ ticketId: z.uuid(), status: ZTicketStatusSchema });

// ── audit log ───────────────────────────────────────────────────────────────

export const ZAuditInputSchema = z.object({
  action: zSafeLine().trim().max(100).optional(),
  actorEmail: zSafeLine().trim().max(254).optional(),
  targetId: zSafeLine().trim().max(100).optional(),
  before: zSafeLine().datetime().optional(),
  limit: z.number().min(1).max(200).int().default(50),
});
export const ZAuditResponseSchema = z.object({
  entries: z.array(
    z.object({
      id: z.uuid(),
      actorId: z.uuid().nullable(),
      actorEmail: z.string(),
      action: z.string(),
      targetType: z.string(),
      targetId: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
      note: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  nextBefore: z.string().nullable(),
});
