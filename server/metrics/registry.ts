/**
 * This process's own Prometheus metrics: what happens in it (requests, jobs, emails) and the
 * process itself (CPU, memory, event loop). Numbers that live in the database (queue depth, score
 * latency, AI spend) are read at scrape time instead (db-metrics.ts), so they are right across processes.
 *
 * One store per process on globalThis: the API is served by the launcher's modules (tsx) and by
 * Next's bundle, which would otherwise each have their own copy of these counters.
 */
import client from "prom-client";

function createStore() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "rehearse_" });
  return {
    registry,
    httpRequests: new client.Counter({
      name: "rehearse_http_requests_total",
      help: "HTTP requests answered, by route template (not raw path), method and status class",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "rehearse_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route template and method",
      labelNames: ["route", "method"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobDuration: new client.Histogram({
      name: "rehearse_job_duration_seconds",
      help: "Time one job try ran, by queue and outcome (completed or failed)",
      labelNames: ["queue", "outcome"] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [registry],
    }),
    jobWait: new client.Histogram({
      name: "rehearse_job_wait_seconds",
      help: "Time from a job's creation to the start of this try, by queue",
      labelNames: ["queue"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    // The AI provider's health window in this process (server/scoring/openai/provider-health.ts).
    // "max" across the cluster: 1 when any process sees the provider down, not the number of them.
    aiProviderDown: new client.Gauge({
      name: "rehearse_ai_provider_down",
      help: "1 while this process treats the AI provider as down (scores with the built-in, provisional, without calling it), else 0",
      aggregator: "max",
      registers: [registry],
    }),
    aiShortCircuits: new client.Counter({
      name: "rehearse_ai_provider_short_circuits_total",
      help: "Scorings answered with the built-in analyzer without calling the AI provider, because it was down",
      registers: [registry],
    }),
    emails: new client.Counter({
      name: "rehearse_emails_total",
      help: "Outbox email delivery tries over SMTP, by outcome (sent, skipped, failed)",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
  };
}

type TMetricsStore = ReturnType<typeof createStore>;
const globalForMetrics = globalThis as unknown as { rehearseMetrics?: TMetricsStore };

export function metrics(): TMetricsStore {
  globalForMetrics.rehearseMetrics ??= createStore();
  return globalForMetrics.rehearseMetrics;
}

export function recordHttpRequest(route: string, method: string, status: number, seconds: number): void {
  const store = metrics();
  store.httpRequests.inc({ route, method, status: `${Math.floor(status / 100)}xx` });
  store.httpDuration.observe({ route, method }, seconds);
}

export function recordJobTry(queue: string, outcome: "completed" | "failed", seconds: number, waitedSeconds?: number): void {
  const store = metrics();
  store.jobDuration.observe({ queue, outcome }, seconds);
  if (waitedSeconds !== undefined && waitedSeconds >= 0) store.jobWait.observe({ queue }, waitedSeconds);
}

export function recordEmail(outcome: "sent" | "skipped" | "failed"): void {
  metrics().emails.inc({ outcome });
}

export function recordAiProviderDown(down: boolean): void {
  metrics().aiProviderDown.set(down ? 1 : 0);
}

export function recordAiShortCircuit(): void {
  metrics().aiShortCircuits.inc();
}
