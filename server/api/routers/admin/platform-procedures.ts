import { adminProcedure } from "@/server/api/trpc";
import { adminCapabilities } from "@/server/admin/capabilities";
import { adminMetrics } from "@/server/admin/metrics";
import { billingMetrics } from "@/server/billing/billing-metrics";
import { listFailedStripeEvents } from "@/server/billing/failed-stripe-events";
import { ZCapabilitiesSchema, ZAdminMetricsInputSchema, ZAdminMetricsSchema, ZSystemStatusSchema } from "@/server/contracts/admin-metrics";
import { ZFailedStripeEventSchema } from "@/server/contracts/admin";
import { readSystemStatus } from "@/server/metrics/system-status";
import { z } from "zod";

/** admin.capabilities, metrics, system and failedStripeEvents: how the platform is doing. */
export const platformProcedures = {
  capabilities: adminProcedure.output(ZCapabilitiesSchema).query(() => adminCapabilities()),

  metrics: adminProcedure
    .meta({ openapi: { method: "GET", path: "/admin/metrics", tags: ["admin"], summary: "Platform metrics for the last N days", errorResponses: [400, 401, 403] } })
    .input(ZAdminMetricsInputSchema)
    .output(ZAdminMetricsSchema)
    .query(({ ctx, input }) =>
      adminMetrics(ctx.db, input.days, {
        billing: (window) => billingMetrics(ctx.db, { from: new Date(`${window.fromDay}T00:00:00Z`), to: new Date() }),
      }),
    ),

  /** The System panel: queue depth, oldest waiting job, scoring latency, emails, connections (the numbers /api/metrics reads). */
  system: adminProcedure.output(ZSystemStatusSchema).query(({ ctx }) => readSystemStatus(ctx.db)),

  failedStripeEvents: adminProcedure.output(z.array(ZFailedStripeEventSchema)).query(({ ctx }) => listFailedStripeEvents(ctx.db, { limit: 100 })),
};
