/**
 * bench:load's HTTP client: lean keep-alive requests on node:http (fetch costs the load generator
 * several times more CPU per request, and the generator shares the machine with the server it
 * measures), with any method, headers and body, a timeout, and no throwing; plus percentiles.
 * (The fixed-URL closed loop of the baseline is scripts/lib/bench/load-loop.ts, shared with bench:api.)
 */
import http from "node:http";

export interface BenchResponse {
  status: number;
  ms: number;
  body: string;
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  retryAfter?: number;
}

export interface BenchRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

/** Status recorded for a request that got no HTTP answer (connection refused or reset, or our timeout). */
export const NO_RESPONSE = 0;

export class BenchClient {
  readonly agent: http.Agent;

  constructor(
    readonly host: string,
    readonly port: number,
    maxSockets = 2048,
  ) {
    // keepAlive like a browser; free sockets closed before Node's default 5 s keep-alive timeout (a bare
    // baseline server keeps it; ours is 65 s) so a request is never written onto a socket the server is
    // closing (a client artefact, not an error).
    this.agent = new http.Agent({ keepAlive: true, maxSockets, timeout: 4000, scheduling: "lifo" });
  }

  request(options: BenchRequest): Promise<BenchResponse> {
    const started = performance.now();
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: "application/json", ...options.headers };
    if (payload !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = String(Buffer.byteLength(payload));
    }
    return new Promise((resolve) => {
      let settled = false;
      const finish = (status: number, body: string, retryAfter?: number) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, ms: performance.now() - started, body, retryAfter });
      };
      const req = http.request(
        { host: this.host, port: this.port, method: options.method ?? "GET", path: options.path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          const retryAfter = Number(res.headers["retry-after"]);
          res.on("end", () => finish(res.statusCode ?? NO_RESPONSE, Buffer.concat(chunks).toString("utf8"), Number.isFinite(retryAfter) ? retryAfter : undefined));
          res.on("error", () => finish(NO_RESPONSE, ""));
        },
      );
      const timer = setTimeout(() => {
        req.destroy(new Error("bench timeout"));
        finish(NO_RESPONSE, "timeout");
      }, options.timeoutMs ?? 30_000);
      req.on("error", (error) => finish(NO_RESPONSE, error.message));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The value below which `p` (0..1) of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
