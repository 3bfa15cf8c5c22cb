import { tracked } from "@trpc/server";
import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "@/server/api/trpc";
import { ownDataQuery } from "@/server/api/procedure-kinds";
import { createCheckoutSession, createPortalSession } from "@/server/billing/checkout";
import { planCatalog } from "@/server/billing/plan-catalog";
import { subscriptionSummary } from "@/server/billing/subscription-summary";
import { planUpdates } from "@/server/billing/plan-updates";
import { ZCreateCheckoutInputSchema, ZPlanCatalogSchema, ZRedirectUrlSchema, ZSubscriptionSummarySchema } from "@/server/contracts/billing";

export const billingRouter = router({
  plans: publicProcedure
    .meta({ openapi: { method: "GET", path: "/billing/plans", tags: ["billing"], summary: "The plans, their limits and prices" } })
    .input(z.void())
    .output(ZPlanCatalogSchema)
    .query(() => planCatalog()),

  subscription: ownDataQuery(ZSubscriptionSummarySchema, subscriptionSummary, {
    method: "GET",
    path: "/me/subscription",
    tags: ["billing"],
    summary: "Your plan, its status and your interview quota",
    errorResponses: [401],
  }),

  /** The subscription summary now and on every plan change, until a paid subscription is active (server-sent events). */
  onSubscription: protectedProcedure
    .input(z.object({ lastEventId: z.string().max(100).nullish() }).optional())
    .subscription(async function* ({ ctx, input, signal }) {
      for await (const { version, summary } of planUpdates(ctx.db, ctx.user.id, { signal, lastVersion: input?.lastEventId })) {
        yield tracked(version, summary);
      }
    }),

  createCheckout: protectedProcedure
    .meta({
      openapi: { method: "POST", path: "/billing/checkout", tags: ["billing"], summary: "Start a Stripe Checkout for a paid plan", errorResponses: [400, 401, 409, 503] },
    })
    .input(ZCreateCheckoutInputSchema)
    .output(ZRedirectUrlSchema)
    .mutation(({ ctx, input }) => createCheckoutSession(ctx.db, { userId: ctx.user.id, plan: input.plan })),

  createPortal: protectedProcedure
    .meta({ openapi: { method: "POST", path: "/billing/portal", tags: ["billing"], summary: "Open the Stripe customer portal", errorResponses: [401, 404, 503] } })
    .input(z.void())
    .output(ZRedirectUrlSchema)
    .mutation(({ ctx }) => createPortalSession(ctx.db, ctx.user.id)),
});
