/** Records each answered API request (with-request.ts) under its route template, in this process's metrics. */
import { joinMetricsCluster } from "./cluster";
import { recordHttpRequest } from "./registry";
import { routeTemplate } from "./route-template";

export function recordRequestMetrics(method: string, pathname: string, status: number, seconds: number): void {
  joinMetricsCluster();
  recordHttpRequest(routeTemplate(method, pathname), method, status, seconds);
}
