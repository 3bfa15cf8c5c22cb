/**
 * Records each answered API request (with-request.ts) under its route template, in this process's
 * metrics. The caller names the template (server/api/route-template.ts): metrics know no routes.
 */
import { joinMetricsCluster } from "./cluster";
import { recordHttpRequest } from "./registry";

export function recordRequestMetrics(route: string, method: string, status: number, seconds: number): void {
  joinMetricsCluster();
  recordHttpRequest(route, method, status, seconds);
}
