import { z } from "zod";
import { checkHealth } from "@/server/health/check-health";
import { publicProcedure, router } from "@/server/api/trpc";
import { ZHealthResponseSchema } from "@/server/contracts/health";

export const healthRouter = router({
  get: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/health",
        protect: false,
        tags: ["system"],
        summary: "Service health",
        description: "`db: \"down\"` with status 503 when the database is unreachable.",
        errorResponses: { 503: "The database is unreachable" },
      },
    })
    .input(z.void())
    .output(ZHealthResponseSchema)
    .query(async ({ ctx }) => {
      const health = await checkHealth(ctx.db);
      if (health.db === "down") ctx.res.status = 503;
      return health;
    }),
});
