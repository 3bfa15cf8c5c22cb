import { getDb } from "@/db";
import { withRequest } from "@/server/http/with-request";
import { checkHealth } from "./check-health";

/** GET /api/health, for Next's route (app/api/health/route.ts) and the API fast path (scripts/lib/serve.ts) alike. */
export const healthRoute = withRequest(async () => {
  const health = await checkHealth(getDb());
  return Response.json(health, { status: health.db === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
