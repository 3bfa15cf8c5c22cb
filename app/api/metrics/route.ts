import { metricsRoute } from "@/server/metrics/metrics-route";

export const dynamic = "force-dynamic";

export const GET = metricsRoute;
