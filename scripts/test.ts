/**
 * `npm test`: everything, in order, stopping at the first failure —
 * typecheck, lint, vitest (unit + integration on a real PostgreSQL), Playwright against a
 * production build, then a scan of every log the run wrote for leaked secrets.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name: string) => path.join("node_modules", ".bin", name);

const steps: Array<{ name: string; command: string; args: string[]; env?: Record<string, string> }> = [
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  { name: "unit + integration (vitest)", command: bin("vitest"), args: ["run"] },
  { name: "end-to-end (playwright)", command: bin("playwright"), args: ["test"] },
  { name: "log scan for secrets", command: bin("tsx"), args: ["scripts/scan-logs.ts"] },
];

const only = process.argv.slice(2);
// Fresh logs and e2e data for every run, so the scan and the browser tests see only this run.
fs.rmSync(path.join(".test-data", "logs"), { recursive: true, force: true });
for (const entry of fs.existsSync(".test-data") ? fs.readdirSync(".test-data") : []) {
  if (entry.startsWith("e2e-")) fs.rmSync(path.join(".test-data", entry), { recursive: true, force: true });
}

const timings: string[] = [];
for (const step of steps) {
  if (only.length > 0 && !only.some((name) => step.name.startsWith(name))) continue;
  process.stderr.write(`\n── ${step.name} ──\n`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${result.status === 0 ? "passed" : "FAILED"} in ${seconds} s`);
  if (result.status !== 0) {
    process.stderr.write(`\n${timings.join("\n")}\n`);
    process.exit(result.status ?? 1);
  }
}
process.stderr.write(`\n${timings.join("\n")}\n`);
