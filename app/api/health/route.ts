import { getDb } from "@/db";
import { checkHealth } from "@/server/health/check-health";
import { withRequest } from "@/server/http/with-request";

export const dynamic = "force-dynamic";

export const GET = withRequest(async () => {
  const health = await checkHealth(getDb());
  return Response.json(health, { status: health.db === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
