/**
 * Code runner benchmark. `npm run bench:code [runs]`.
 * 1. A typical answer (two-sum, a hash-map solution) against the question's full test set (examples, edge cases
 *    and the 100,000-number input), one run at a time on a warm worker: p50/p95 per language.
 * 2. The main thread's event-loop delay (perf_hooks.monitorEventLoopDelay) while idle, then while 20 runs
 *    (10 Python, 10 JavaScript) are queued at once on the pool: does the web process starve?
 * 3. Web latency beside it: an HTTP server in this process answers a small JSON request; a client asks
 *    every 25 ms, idle and during the 20 concurrent runs, and its p50/p95 round trip is printed.
 * Pool size: CODE_RUNNER_WORKERS (default 2).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { codingQuestions } from "@/db/seed/questions/coding";
import { getCodeRunnerPool, runCode, shutdownCodeRunner, warmCodeRunner } from "@/server/code-runner/run-code";
import type { TCodeLanguage, TRunRequest } from "@/server/contracts/vocabulary/code-shapes";

const spec = codingQuestions.find((q) => q.slug === "code-two-sum")!.coding!;
const ANSWERS: Record<TCodeLanguage, string> = {
  python: "def two_sum(nums, target):\n    index = {}\n    for i, n in enumerate(nums):\n        if target - n in index:\n            return [index[target - n], i]\n        index[n] = i\n    return []\n",
  javascript: "function twoSum(nums, target) {\n  const index = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (index.has(target - nums[i])) return [index.get(target - nums[i]), i];\n    index.set(nums[i], i);\n  }\n  return [];\n}\n",
};

const request = (language: TCodeLanguage): TRunRequest => ({
  language,
  code: ANSWERS[language],
  functionName: spec.functionName,
  tests: [...spec.examples, ...spec.hiddenTests],
  timeLimitMs: spec.timeLimitMs,
});

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function timed(language: TCodeLanguage): Promise<number> {
  const started = performance.now();
  const result = await runCode(request(language));
  if (result.status !== "passed") throw new Error(`${language} answer did not pass: ${JSON.stringify(result.tests.find((t) => !t.passed))}`);
  return performance.now() - started;
}

/** Round trips to a tiny HTTP endpoint in this process, one every 25 ms while `during` runs. */
async function webLatency(during: () => Promise<unknown>): Promise<number[]> {
  const server = createServer((_req, res) => {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ ok: true, at: Date.now() }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const samples: number[] = [];
  let done = false;
  const client = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(url)).json();
      samples.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  await during();
  done = true;
  await client;
  await new Promise((resolve) => server.close(resolve));
  return samples;
}

async function loopDelay(label: string, during: () => Promise<unknown>): Promise<{ label: string; p50: number; p99: number; max: number; wall: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const started = performance.now();
  await during();
  const wall = performance.now() - started;
  histogram.disable();
  return { label, p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, wall };
}

async function main(): Promise<void> {
  const runs = Number.parseInt(process.argv[2] ?? "", 10) || 30;
  const started = performance.now();
  await warmCodeRunner();
  console.log(`pool: ${getCodeRunnerPool().size} workers, warm after ${ms(performance.now() - started)}`);
  console.log(`typical answer: two-sum, ${spec.examples.length + spec.hiddenTests.length} tests (one with 100,000 numbers); ${runs} runs per language`);

  for (const language of ["python", "javascript"] as const) {
    await timed(language); // first run of a language on each worker is not what we measure
    await timed(language);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await timed(language));
    console.log(`  ${language.padEnd(10)} p50 ${ms(quantile(samples, 0.5))}  p95 ${ms(quantile(samples, 0.95))}  max ${ms(Math.max(...samples))}`);
  }

  const idle = await loopDelay("idle (3 s)", () => new Promise((resolve) => setTimeout(resolve, 3000)));
  const latencies: number[] = [];
  const burst = await loopDelay("20 concurrent runs", () =>
    Promise.all(Array.from({ length: 20 }, (_, i) => timed(i % 2 === 0 ? "python" : "javascript").then((t) => latencies.push(t)))),
  );
  console.log("main-thread event-loop delay (monitorEventLoopDelay, 10 ms resolution):");
  for (const row of [idle, burst]) {
    console.log(`  ${row.label.padEnd(20)} p50 ${row.p50.toFixed(1)} ms  p99 ${row.p99.toFixed(1)} ms  max ${row.max.toFixed(1)} ms  (${ms(row.wall)} wall)`);
  }
  console.log(`  20 concurrent runs: each finished in p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))} (queueing included)`);

  const webIdle = await webLatency(() => new Promise((resolve) => setTimeout(resolve, 3000)));
  const webBusy = await webLatency(() => Promise.all(Array.from({ length: 20 }, (_, i) => timed(i % 2 === 0 ? "python" : "javascript"))));
  console.log("web latency (a JSON request to an HTTP server in this process, every 25 ms):");
  for (const [label, samples] of [["idle", webIdle], ["20 concurrent runs", webBusy]] as const) {
    console.log(`  ${label.padEnd(20)} p50 ${quantile(samples, 0.5).toFixed(1)} ms  p95 ${quantile(samples, 0.95).toFixed(1)} ms  max ${Math.max(...samples).toFixed(1)} ms  (${samples.length} requests)`);
  }
  await shutdownCodeRunner();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await shutdownCodeRunner();
  process.exit(1);
});
