/**
 * Metrics read from the database at scrape time (system-status.ts), in a registry of their own built
 * per scrape: they describe the whole deployment, so they are added once after the per-process
 * metrics are summed across processes, never summed themselves.
 */
import client from "prom-client";
import { type TDatabase } from "@/db";
import { appPoolMax } from "@/server/db";
import { readSystemStatus } from "./system-status";

export async function databaseMetricsText(db: TDatabase): Promise<string> {
  const status = await readSystemStatus(db);
  const registry = new client.Registry();
  const gauge = <T extends string>(name: string, help: string, labelNames: readonly T[]) =>
    new client.Gauge({ name, help, labelNames, registers: [registry] });

  const waiting = gauge("rehearse_queue_waiting_jobs", "Jobs waiting to run (created or retry), by queue", ["queue"]);
  const active = gauge("rehearse_queue_active_jobs", "Jobs running now, by queue", ["queue"]);
  const oldest = gauge("rehearse_queue_oldest_waiting_seconds", "Age of the oldest job that could run now, by queue (0 when none waits)", ["queue"]);
  for (const queue of status.queues) {
    waiting.set({ queue: queue.queue }, queue.waiting);
    active.set({ queue: queue.queue }, queue.active);
    oldest.set({ queue: queue.queue }, queue.oldestWaitingSeconds ?? 0);
  }

  const scoreLatency = gauge("rehearse_score_latency_seconds", "Scoring latency over the last hour, by provider and quantile", ["provider", "quantile"]);
  const scores = gauge("rehearse_scores_last_hour", "Scores stored in the last hour, by provider", ["provider"]);
  for (const row of status.scoringLastHour) {
    scoreLatency.set({ provider: row.provider, quantile: "0.5" }, row.p50Ms / 1000);
    scoreLatency.set({ provider: row.provider, quantile: "0.95" }, row.p95Ms / 1000);
    scores.set({ provider: row.provider }, row.scores);
  }

  const tokens = gauge("rehearse_ai_tokens", "AI tokens used since the start (ai_usage), by provider, model and direction", ["provider", "model", "direction"]);
  const cost = gauge("rehearse_ai_cost_usd", "AI spend in USD since the start (ai_usage), by provider and model", ["provider", "model"]);
  const calls = gauge("rehearse_ai_calls", "AI model calls since the start (ai_usage), by provider and model", ["provider", "model"]);
  for (const row of status.ai) {
    tokens.set({ provider: row.provider, model: row.model, direction: "input" }, row.inputTokens);
    tokens.set({ provider: row.provider, model: row.model, direction: "output" }, row.outputTokens);
    cost.set({ provider: row.provider, model: row.model }, row.costUsd);
    calls.set({ provider: row.provider, model: row.model }, row.calls);
  }

  const outbox = gauge("rehearse_outbox_emails_last_day", "Outbox emails created in the last day, by status", ["status"]);
  for (const [state, count] of Object.entries(status.emailsLastDay)) outbox.set({ status: state }, count);

  const connections = gauge("rehearse_db_connections", "Database connections by application_name and state (all processes)", ["application", "state"]);
  for (const row of status.connections) connections.set({ application: row.application, state: row.state }, row.count);
  gauge("rehearse_db_pool_max", "Connections one app process may open in its pool", []).set(appPoolMax());

  return registry.metrics();
}
