import { healthRoute } from "@/server/health/health-route";

export const dynamic = "force-dynamic";

export const GET = healthRoute;
