/**
 * The same-run baseline of bench:load: the app's GET /api/v1/questions against the bare node:http +
 * postgres server of bench:api (scripts/lib/bench/bare-api-server.ts, same query, same database,
 * as many processes as the app has web processes), driven by bench:api's closed loop, in
 * alternating rounds so a neighbour's burst on this shared machine hits both sides alike.
 */
import { spawn } from "node:child_process";
import { runLoad, type TLoadResult } from "./bench/load-loop";
import { sleep } from "./bench-http";
import { stopChild } from "./bench-app";

export interface BaselineResult {
  app: TLoadResult;
  bare: TLoadResult;
  rounds: number;
  connections: number;
  processes: number;
}

async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await sleep(250);
  }
  throw new Error(`the bare baseline server did not answer at ${url}`);
}

const median = (list: TLoadResult[]): TLoadResult => [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(list.length / 2)]!;

export async function measureBaseline(options: { appPort: number; barePort: number; databaseUrl: string; processes: number; connections: number; rounds: number; seconds: number }): Promise<BaselineResult> {
  const bare = spawn(process.execPath, ["--import", "tsx", "scripts/lib/bench/bare-api-server.ts"], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl, PORT: String(options.barePort), BARE_PROCESSES: String(options.processes) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const results: { app: TLoadResult[]; bare: TLoadResult[] } = { app: [], bare: [] };
  try {
    const bareUrl = `http://127.0.0.1:${options.barePort}/questions`;
    await waitForUrl(bareUrl, 60_000);
    const targets: Array<{ list: TLoadResult[]; url: string; headers: Record<string, string> }> = [
      { list: results.app, url: `http://127.0.0.1:${options.appPort}/api/v1/questions`, headers: { "x-forwarded-for": "10.250.0.1" } },
      { list: results.bare, url: bareUrl, headers: {} },
    ];
    for (let round = 0; round < options.rounds; round += 1) {
      for (const target of targets) {
        await runLoad({ url: target.url, connections: options.connections, durationMs: 1000, headers: target.headers }); // warm-up
        target.list.push(await runLoad({ url: target.url, connections: options.connections, durationMs: options.seconds * 1000, headers: target.headers }));
      }
    }
  } finally {
    await stopChild(bare, 5000);
  }
  return { app: median(results.app), bare: median(results.bare), rounds: options.rounds, connections: options.connections, processes: options.processes };
}

/** Responses other than 200, plus requests that got no answer. */
export function failures(result: TLoadResult): number {
  return result.requests - (result.statuses[200] ?? 0) + result.errors;
}
