/** The billing router's procedures (billing.*, REST /billing/*, /me/subscription): plans, the subscription summary, checkout. Client-safe. */
import { z } from "zod";
import { PAID_PLAN_IDS, PLAN_IDS, ZPlanSourceSchema } from "./vocabulary/plans";

export const ZCreateCheckoutInputSchema = z.object({ plan: z.enum(PAID_PLAN_IDS) });
export const ZRedirectUrlSchema = z.object({ url: z.url() });

export const ZPlanPriceSchema = z.object({
  amountCents: z.number().int(),
  currency: z.string(),
  interval: z.string(),
  intervalCount: z.number().int(),
});

export const ZPlanCatalogSchema = z.object({
  billingConfigured: z.boolean(),
  plans: z.array(
    z.object({
      id: z.enum(PLAN_IDS),
      name: z.string(),
      interviewsPerWindow: z.number().int().nullable(),
      windowDays: z.number().int(),
      fairUsePerDay: z.number().int().nullable(),
      /** Null for the free plan, or when Stripe could not be asked. */
      price: ZPlanPriceSchema.nullable(),
    }),
  ),
});
export type TPlanCatalog = z.infer<typeof ZPlanCatalogSchema>;
export type TPlanPrice = z.infer<typeof ZPlanPriceSchema>;

/** GET /me/subscription: the contract's five fields first, then what the settings page shows. */
export const ZSubscriptionSummarySchema = z.object({
  plan: z.enum(PLAN_IDS),
  /** Stripe's status of the user's subscription ("active", "past_due", "canceled"…), "active" for a grant, "none" without either. */
  status: z.string(),
  interviewsUsed: z.number().int(),
  /** Null: unlimited (fair use applies). */
  interviewsLimit: z.number().int().nullable(),
  /** When the oldest interview in the window stops counting; null when none counts. */
  periodResetsAt: z.iso.datetime().nullable(),
  source: ZPlanSourceSchema,
  windowDays: z.number().int(),
  fairUsePerDay: z.number().int().nullable(),
  /** End of the paid period: the renewal date, or the end date when cancelAtPeriodEnd. */
  currentPeriodEnd: z.iso.datetime().nullable(),
  cancelAtPeriodEnd: z.boolean(),
  grantEndsAt: z.iso.datetime().nullable(),
  /** Whether "Manage billing" (the Stripe portal) has an account to open. */
  hasBillingAccount: z.boolean(),
  billingConfigured: z.boolean(),
  /** A second subscription we cancelled in the last 30 days (two checkouts paid), for the settings notice. */
  duplicateCanceled: z
    .object({ canceledPlan: z.enum(PLAN_IDS), keptPlan: z.enum(PLAN_IDS).nullable(), canceledAt: z.iso.datetime() })
    .nullable(),
});
export type TSubscriptionSummary = z.infer<typeof ZSubscriptionSummarySchema>;
