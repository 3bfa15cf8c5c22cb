/**
 * bench:faults scenario 4: signed-in clients keep sending a mix of reads and sign-ins (REST and
 * tRPC) about twice a second each, deliberately ignoring Retry-After so the outage is probed all
 * along; after a few seconds the database is stopped (fast shutdown: connections refused), kept
 * stopped, then started again on the same port. Every request's wait and status is recorded; the
 * app itself is never touched.
 */
import { sleep, type BenchClient } from "../bench-http";
import type { ReadyCandidate } from "./faults-candidates";
import { errorReason, outageVerdict, summarizeOutage, type OutageRequest, type TargetResult } from "./faults-verdicts";

export interface DatabaseControl {
  stop(): Promise<void>;
  /** Resolves once the database accepts connections again. */
  start(): Promise<void>;
}

export interface OutageOptions {
  client: BenchClient;
  clients: readonly ReadyCandidate[];
  database: DatabaseControl;
  password: string;
  beforeMs: number;
  stoppedMs: number;
  afterMs: number;
  say(line: string): void;
}

interface Kind {
  kind: string;
  method?: string;
  path(candidate: ReadyCandidate): string;
  body?(candidate: ReadyCandidate, password: string): unknown;
}

const TRPC_INPUT = encodeURIComponent(JSON.stringify({ json: { limit: 5 } }));

/** What a client asks for, in turn; sign-in (an argon2 verify) once in eight. */
const KINDS: readonly Kind[] = [
  { kind: "GET /questions", path: () => "/api/v1/questions?limit=5" },
  { kind: "GET /me/stats", path: () => "/api/v1/me/stats" },
  { kind: "GET /interviews", path: () => "/api/v1/interviews?limit=5" },
  { kind: "GET /interviews/{id}", path: (candidate) => `/api/v1/interviews/${candidate.interviewId}` },
  { kind: "tRPC catalog.questions", path: () => `/api/trpc/catalog.questions?input=${TRPC_INPUT}` },
  { kind: "GET /questions", path: () => "/api/v1/questions?limit=5" },
  { kind: "GET /me/stats", path: () => "/api/v1/me/stats" },
  { kind: "POST /auth/token", method: "POST", path: () => "/api/v1/auth/token", body: (candidate, password) => ({ email: candidate.user.email, password }) },
];

/** Requests are cut off at 15 s on our side: anything past 5 s already fails the target. */
const REQUEST_TIMEOUT_MS = 15_000;

async function clientLoop(options: OutageOptions, candidate: ReadyCandidate, index: number, until: () => number, out: OutageRequest[]): Promise<void> {
  await sleep(Math.random() * 500);
  for (let turn = index; Date.now() < until(); turn += 1) {
    const kind = KINDS[turn % KINDS.length]!;
    const headers: Record<string, string> = { "x-forwarded-for": candidate.user.ip };
    if (kind.method !== "POST") headers.authorization = `Bearer ${candidate.token}`;
    const response = await options.client.request({ method: kind.method ?? "GET", path: kind.path(candidate), headers, body: kind.body?.(candidate, options.password), timeoutMs: REQUEST_TIMEOUT_MS });
    const reason = response.status >= 400 || response.status === 0 ? errorReason(response.body) : undefined;
    out.push({ at: Date.now(), ms: response.ms, status: response.status, retryAfter: response.retryAfter !== undefined, kind: kind.kind, reason });
    await sleep(350 + Math.random() * 300);
  }
}

/** Failures after the database was back, per 2 s and request kind: what recovery waited on. */
function timeline(requests: readonly OutageRequest[], backAt: number): string {
  const buckets = new Map<number, Map<string, number>>();
  for (const request of requests) {
    if (request.at < backAt || (request.status !== 0 && request.status < 500)) continue;
    const bucket = Math.floor((request.at - backAt) / 2000) * 2;
    const kinds = buckets.get(bucket) ?? new Map<string, number>();
    const key = `${request.kind} ${request.status} "${request.reason ?? ""}"`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
    buckets.set(bucket, kinds);
  }
  if (buckets.size === 0) return "no failures";
  return [...buckets].map(([from, kinds]) => `+${from}–${from + 2} s: ${[...kinds].map(([key, n]) => `${key}×${n}`).join(", ")}`).join("; ");
}

export async function runDatabaseOutage(options: OutageOptions): Promise<TargetResult> {
  const requests: OutageRequest[] = [];
  let endAt = Number.POSITIVE_INFINITY;
  const loops = options.clients.map((candidate, i) => clientLoop(options, candidate, i, () => endAt, requests));
  await sleep(options.beforeMs);
  const stoppedAt = Date.now();
  await options.database.stop();
  options.say(`  database stopped (fast shutdown took ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s); ${requests.length} requests so far`);
  await sleep(Math.max(0, stoppedAt + options.stoppedMs - Date.now()));
  await options.database.start();
  const backAt = Date.now();
  options.say(`  database accepting connections again ${((backAt - stoppedAt) / 1000).toFixed(1)} s after the stop`);
  endAt = backAt + options.afterMs;
  await Promise.all(loops);
  const summary = summarizeOutage(requests, { stoppedAt, backAt });
  const slowest = [...requests].sort((a, b) => b.ms - a.ms).slice(0, 3);
  options.say(`  slowest: ${slowest.map((request) => `${request.kind} ${request.status} ${(request.ms / 1000).toFixed(2)} s at +${((request.at - stoppedAt) / 1000).toFixed(1)} s "${request.reason ?? ""}"`).join("; ")}`);
  const failedKinds = new Map<string, number>();
  for (const request of requests) if (request.status === 0 || (request.status >= 500 && request.status !== 503)) failedKinds.set(`${request.kind} ${request.status}`, (failedKinds.get(`${request.kind} ${request.status}`) ?? 0) + 1);
  if (failedKinds.size) options.say(`  errors by request: ${[...failedKinds].map(([key, n]) => `${key}×${n}`).join(", ")}`);
  options.say(`  after it was back: ${timeline(requests, backAt)}`);
  return outageVerdict(summary, backAt - stoppedAt, options.clients.length);
}
