/**
 * `npm test`: everything, stopping at the first failed stage —
 * typecheck and lint (at the same time: each is one process on one core), vitest (unit + integration
 * on a real PostgreSQL) beside the production build, Playwright against that build, then a scan of
 * every log the run wrote for leaked secrets.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { selectSteps, testUsage, wantsHelp } from "./lib/test-steps";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name: string) => path.join("node_modules", ".bin", name);

interface TStep {
  name: string;
  command: string;
  args: string[];
  /** In a stage of several steps, the one whose output shows as it runs; the others' is held back until they end. */
  streams?: boolean;
}

/**
 * Steps in one stage run at the same time; a stage starts when the one before it passed.
 * The build runs beside vitest, not before the browser tests: much of vitest's time is spent waiting
 * (on PostgreSQL, child processes, timers in the restart and outage tests), and the build fills it
 * (measured in the README). The browser tests' launcher then finds the build current.
 */
const stages: TStep[][] = [
  [
    { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
    { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  ],
  [
    { name: "unit + integration (vitest)", command: bin("vitest"), args: ["run"], streams: true },
    { name: "build", command: bin("tsx"), args: ["scripts/build.ts", "--if-needed"] },
  ],
  [{ name: "end-to-end (playwright)", command: bin("playwright"), args: ["test"] }],
  [{ name: "log scan for secrets", command: bin("tsx"), args: ["scripts/scan-logs.ts"] }],
];

interface TResult {
  step: TStep;
  status: number;
  seconds: string;
  /** Output of a step that ran beside another, held back so the two never interleave. */
  output?: Buffer;
}

function run(step: TStep, buffered: boolean): Promise<TResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit" });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
    const finish = (status: number) =>
      resolve({ step, status, seconds: ((Date.now() - started) / 1000).toFixed(1), output: buffered ? Buffer.concat(chunks) : undefined });
    child.on("error", (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      finish(1);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (wantsHelp(only)) {
    process.stdout.write(testUsage(stages));
    return;
  }
  const selection = selectSteps(stages, only);
  if ("unknown" in selection) {
    process.stderr.write(`npm test: no step is named ${selection.unknown.map((name) => `"${name}"`).join(", ")}; the steps are: ${selection.known.join(", ")} (npm test -- --help)\n`);
    process.exitCode = 2;
    return;
  }

  // Fresh logs and e2e data for every run, so the scan and the browser tests see only this run.
  fs.rmSync(path.join(".test-data", "logs"), { recursive: true, force: true });
  for (const entry of fs.existsSync(".test-data") ? fs.readdirSync(".test-data") : []) {
    if (entry.startsWith("e2e-")) fs.rmSync(path.join(".test-data", entry), { recursive: true, force: true });
  }

  const timings: string[] = [];
  for (const steps of selection.stages) {
    const held = (step: TStep) => steps.length > 1 && !step.streams;
    if (steps.length > 1) process.stderr.write(`\n── ${steps.map((step) => step.name).join(" + ")} (at the same time; held-back output follows) ──\n`);
    else process.stderr.write(`\n── ${steps[0]!.name} ──\n`);
    const results = await Promise.all(steps.map((step) => run(step, held(step))));
    for (const result of results) {
      if (held(result.step)) {
        process.stderr.write(`\n── ${result.step.name} ──\n`);
        process.stdout.write(result.output ?? "");
      }
      timings.push(`${result.step.name}: ${result.status === 0 ? "passed" : "FAILED"} in ${result.seconds} s`);
    }
    const failed = results.find((result) => result.status !== 0);
    if (failed) {
      process.stderr.write(`\n${timings.join("\n")}\n`);
      process.exitCode = failed.status;
      return;
    }
  }
  process.stderr.write(`\n${timings.join("\n")}\n`);
}

void main();
