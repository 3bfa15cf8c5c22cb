/**
 * bench:faults' arithmetic and its pass/fail rules, kept apart from the processes and sockets so
 * they can be unit-tested: latency summaries (p50/p95/max, nearest rank), the issue #13 targets
 * each scenario is judged against, and the rule for which request of a database outage is an error.
 */
import { percentile, sortedCopy } from "../bench-http";

export const SCENARIOS = ["signup", "submits", "provider", "database"] as const;
export type TScenario = (typeof SCENARIOS)[number];

export interface Spread {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = sortedCopy(values);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN };
}

export const seconds = (ms: number): string => (Number.isNaN(ms) ? "–" : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);

export function spreadText(value: Spread): string {
  return `p50 ${seconds(value.p50)}, p95 ${seconds(value.p95)}, max ${seconds(value.max)}`;
}

/** The message of a REST or tRPC error body (or the client-side reason: timeout, reset), shortened. */
export function errorReason(body: string): string {
  return (/"message":"([^"]{0,70})/.exec(body)?.[1] ?? body.slice(0, 70)).trim();
}

/** One line of the final table: a target of the issue, what was measured, and the verdict. */
export interface TargetResult {
  scenario: TScenario;
  target: string;
  measured: string;
  pass: boolean;
}

export const SIGNUP_P95_MS = 10_000;
export const SUBMITS_ALL_MS = 10_000;
export const WORKER_KILL_MS = 60_000;
export const OUTAGE_WAIT_MS = 5_000;
/** After the deadline fires: the built-in analysis, storing the score, and the long poll waking. */
export const FALLBACK_ALLOWANCE_MS = 2_000;

/** Sign-up burst: every acknowledged registration's email arrived, and p95 within 10 s. */
export function signupVerdict(input: { acknowledged: number; arrivedMs: readonly number[]; refused: number }): TargetResult {
  const arrived = spread(input.arrivedMs);
  const pass = input.acknowledged > 0 && input.refused === 0 && arrived.count === input.acknowledged && arrived.p95 <= SIGNUP_P95_MS;
  return {
    scenario: "signup",
    target: `${input.acknowledged + input.refused} sign-ups: every verification email handed to SMTP, p95 ≤ ${seconds(SIGNUP_P95_MS)}`,
    measured: `${arrived.count} of ${input.acknowledged} emails arrived${input.refused ? ` (${input.refused} sign-ups refused)` : ""}; 202 → accepted by the sink ${spreadText(arrived)}`,
    pass,
  };
}

/** Answers submitted at once, each waited for: all visible, the slowest within `limitMs`. */
export function allWithin(input: { scenario: TScenario; target: string; submitted: number; visibleMs: readonly number[]; limitMs: number; extra?: string }): TargetResult {
  const visible = spread(input.visibleMs);
  const late = input.visibleMs.filter((ms) => ms > input.limitMs).length;
  const pass = input.submitted > 0 && visible.count === input.submitted && late === 0;
  const missing = input.submitted - visible.count;
  return {
    scenario: input.scenario,
    target: input.target,
    measured: `${visible.count} of ${input.submitted} scored; ${spreadText(visible)}${late ? `; ${late} over ${seconds(input.limitMs)}` : ""}${missing ? `; ${missing} never visible` : ""}${input.extra ? `; ${input.extra}` : ""}`,
    pass,
  };
}

/** One request a client made while the database was stopped (or around it). */
export interface OutageRequest {
  /** Date.now() when the answer (or its absence) came. */
  at: number;
  ms: number;
  /** HTTP status; 0 = no answer (refused, reset, our timeout). */
  status: number;
  retryAfter: boolean;
  kind: string;
  /** A failed answer's error message (its start), to tell the causes apart. */
  reason?: string;
}

export interface OutageSummary {
  total: number;
  during: number;
  maxWaitMs: number;
  byStatus: Map<number, number>;
  /** 5xx other than 503, and no answer at all. */
  errors: number;
  /** 503 without Retry-After. */
  bare503: number;
  slow: number;
  /** From the database accepting connections again to the last failed answer (0: none failed after). */
  recoveryMs: number | null;
  /** Every kind of request succeeded at least once after the recovery. */
  allKindsBack: boolean;
}

export function summarizeOutage(requests: readonly OutageRequest[], window: { stoppedAt: number; backAt: number }): OutageSummary {
  const byStatus = new Map<number, number>();
  let maxWaitMs = 0;
  let errors = 0;
  let bare503 = 0;
  let slow = 0;
  let lastFailure = Number.NEGATIVE_INFINITY;
  for (const request of requests) {
    byStatus.set(request.status, (byStatus.get(request.status) ?? 0) + 1);
    maxWaitMs = Math.max(maxWaitMs, request.ms);
    if (request.ms > OUTAGE_WAIT_MS) slow += 1;
    if (request.status === 0 || (request.status >= 500 && request.status !== 503)) errors += 1;
    if (request.status === 503 && !request.retryAfter) bare503 += 1;
    if (request.status === 0 || request.status >= 500) lastFailure = Math.max(lastFailure, request.at);
  }
  const kinds = new Set(requests.map((request) => request.kind));
  const backAfterRecovery = new Set(requests.filter((request) => request.at > Math.max(lastFailure, window.backAt) && request.status < 400).map((request) => request.kind));
  return {
    total: requests.length,
    during: requests.filter((request) => request.at >= window.stoppedAt && request.at <= window.backAt).length,
    maxWaitMs,
    byStatus,
    errors,
    bare503,
    slow,
    recoveryMs: lastFailure === Number.NEGATIVE_INFINITY ? null : Math.max(0, lastFailure - window.backAt),
    allKindsBack: kinds.size > 0 && [...kinds].every((kind) => backAfterRecovery.has(kind)),
  };
}

export function statusText(byStatus: ReadonlyMap<number, number>): string {
  return [...byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status === 0 ? "no answer" : status}×${count}`).join(", ");
}

export function outageVerdict(summary: OutageSummary, stoppedMs: number, clients: number): TargetResult {
  const pass = summary.during > 0 && summary.errors === 0 && summary.bare503 === 0 && summary.slow === 0 && summary.allKindsBack;
  const recovery = summary.recoveryMs === null ? "no failure after it was back" : `last failure ${seconds(summary.recoveryMs)} after it was back`;
  return {
    scenario: "database",
    target: `database stopped ${seconds(stoppedMs)} under ${clients} clients: no wait > ${seconds(OUTAGE_WAIT_MS)}, no 500, 503s carry Retry-After, recovers by itself`,
    measured: `${summary.total} requests (${summary.during} while stopped): ${statusText(summary.byStatus)}; max wait ${seconds(summary.maxWaitMs)}${summary.slow ? ` (${summary.slow} over ${seconds(OUTAGE_WAIT_MS)})` : ""}${summary.bare503 ? `; ${summary.bare503} 503s without Retry-After` : ""}; ${recovery}${summary.allKindsBack ? "" : "; NOT every kind of request succeeded afterwards"}`,
    pass,
  };
}

/** The final table, plain text. */
export function resultTable(results: readonly TargetResult[]): string {
  const lines = results.map((result) => `${result.pass ? "PASS" : "FAIL"}  ${result.scenario.padEnd(9)} ${result.target}\n      ${" ".repeat(9)} ${result.measured}`);
  return ["verdict scenario  target / measured", ...lines].join("\n");
}
