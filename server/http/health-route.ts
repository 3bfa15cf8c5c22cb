import { getDb } from "@/server/db";
import { checkHealth } from "@/server/health/check-health";
import { jsonResponse } from "./text-response";
import { withRequest } from "./with-request";

/** GET /api/health, for Next's route (app/api/health/route.ts) and the API fast path (scripts/lib/serve.ts) alike. */
export const healthRoute = withRequest(async () => {
  const health = await checkHealth(getDb());
  return jsonResponse(health, { status: health.db === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
