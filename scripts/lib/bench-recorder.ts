/**
 * What one bench:load phase measured: every request's latency and status per endpoint group, the
 * answers the server acknowledged (202), and how long each took from submit to a visible score.
 */
import type { FailedRequest } from "./bench-errors";
import { NO_RESPONSE, percentile, sortedCopy } from "./bench-http";

export const GROUPS = ["sign-in", "start", "read", "submit", "score wait", "complete", "stats", "history"] as const;
export type TGroup = (typeof GROUPS)[number];

export interface AckedAnswer {
  answerId: string;
  userId: string;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = sortedCopy(values);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

/** "CODE: message" from the API's error body, or the client-side reason (timeout, reset). */
function errorSummary(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    if (parsed.error) return `${parsed.error.code ?? "?"}: ${parsed.error.message ?? ""}`.slice(0, 160);
  } catch {
    // Not JSON: a client-side reason such as "timeout" or "socket hang up".
  }
  return body.slice(0, 80);
}

export class PhaseRecorder {
  readonly latencies = new Map<TGroup, number[]>(GROUPS.map((group) => [group, []]));
  readonly statuses = new Map<TGroup, Map<number, number>>(GROUPS.map((group) => [group, new Map()]));
  /** Every failed request (when, which status, whether it said Retry-After), to tell designed 503s from errors. */
  readonly failures: FailedRequest[] = [];
  readonly acked: AckedAnswer[] = [];
  /** Submit sent → first response showing a non-pending status, in ms. */
  readonly visibility: number[] = [];
  readonly finalStatuses = new Map<string, number>();
  /** The first error body per "group status" (error code and message only; no request data), to say why. */
  readonly errorSamples = new Map<string, string>();
  notVisibleInTime = 0;
  interviewsCompleted = 0;
  quotaRefusals = 0;

  constructor(
    /** True when score waits are long polls (their latency is waiting by design, not API time). */
    readonly longPoll: boolean,
  ) {}

  record(group: TGroup, status: number, ms: number, body = "", retryAfter?: number): void {
    this.latencies.get(group)!.push(ms);
    const counts = this.statuses.get(group)!;
    counts.set(status, (counts.get(status) ?? 0) + 1);
    if (status === NO_RESPONSE || status >= 400) {
      this.failures.push({ at: performance.now(), group, status, retryAfter: retryAfter !== undefined });
      const key = `${group} ${status === NO_RESPONSE ? "no response" : status}`;
      if (!this.errorSamples.has(key)) this.errorSamples.set(key, errorSummary(body));
    }
  }

  /** Groups whose latency is API response time (a long poll's is how long the score took). */
  apiGroups(): TGroup[] {
    return GROUPS.filter((group) => !(this.longPoll && group === "score wait"));
  }

  apiLatency(): LatencySummary {
    return summarize(this.apiGroups().flatMap((group) => this.latencies.get(group)!));
  }

  totalRequests(): number {
    return GROUPS.reduce((sum, group) => sum + this.latencies.get(group)!.length, 0);
  }

  /** Failed requests by status ("0" = no HTTP answer: refused, reset or timed out). */
  errorsByStatus(): Map<number, number> {
    const errors = new Map<number, number>();
    for (const counts of this.statuses.values()) {
      for (const [status, count] of counts) {
        if (status === NO_RESPONSE || status >= 400) errors.set(status, (errors.get(status) ?? 0) + count);
      }
    }
    return errors;
  }

  errorCount(): number {
    return [...this.errorsByStatus().values()].reduce((sum, count) => sum + count, 0);
  }
}
