/**
 * Which failed requests of a bench:load phase are errors. While the database restarts, requests
 * are designed to fail fast with 503 SERVICE_UNAVAILABLE and Retry-After (the database-fault
 * behaviour) rather than hang or get a 500: those are reported separately, as designed. Any other
 * failure is an error — a 503 outside that window, a 503 without Retry-After, a 500, a timeout, a
 * reset connection, a 4xx the candidate did not cause — including during the worker kill, which no
 * HTTP request should notice.
 */
import { NO_RESPONSE } from "./bench-http";
import type { TGroup } from "./bench-recorder";

export interface FailedRequest {
  /** performance.now() when the response (or its absence) arrived. */
  at: number;
  group: TGroup;
  /** HTTP status, or NO_RESPONSE (0). */
  status: number;
  /** The response carried a Retry-After header. */
  retryAfter: boolean;
}

export type TFaultKind = "worker-kill" | "database-restart" | "crash";

export interface FaultWindow {
  kind: TFaultKind;
  /** performance.now() bounds of the disturbance. */
  from: number;
  to: number;
}

export interface ErrorClassification {
  /** 503 + Retry-After inside a database-restart window: the designed fail-fast answer. */
  designed: FailedRequest[];
  errors: FailedRequest[];
}

export function isDesigned(failure: FailedRequest, faults: readonly FaultWindow[]): boolean {
  return (
    failure.status === 503 &&
    failure.retryAfter &&
    faults.some((fault) => fault.kind === "database-restart" && failure.at >= fault.from && failure.at <= fault.to)
  );
}

export function classifyFailures(failures: readonly FailedRequest[], faults: readonly FaultWindow[]): ErrorClassification {
  const designed: FailedRequest[] = [];
  const errors: FailedRequest[] = [];
  for (const failure of failures) (isDesigned(failure, faults) ? designed : errors).push(failure);
  return { designed, errors };
}

/** "0", or "3 (no response×1, 503×2)". */
export function countByStatus(failures: readonly FailedRequest[]): string {
  if (failures.length === 0) return "0";
  const counts = new Map<number, number>();
  for (const failure of failures) counts.set(failure.status, (counts.get(failure.status) ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => a - b).map(([status, count]) => `${status === NO_RESPONSE ? "no response" : status}×${count}`);
  return `${failures.length} (${parts.join(", ")})`;
}
