/**
 * bench:load's output: a plain summary on stdout per phase, and a markdown block (machine, tables,
 * verdict) written between markers in docs/performance.md. Only the block between the markers is
 * replaced, so the hand-written sections around it (and other people's sections) stay as they are.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { failures, type BaselineResult } from "./bench-baseline";
import { classifyFailures, countByStatus, type FaultWindow } from "./bench-errors";
import { GROUPS, summarize, type LatencySummary, type PhaseRecorder } from "./bench-recorder";
import type { Verdict } from "./bench-verify";

/** A fault the bench injected (or saw), with its window (bench-errors.ts decides what it excuses). */
export interface FaultEvent extends FaultWindow {
  what: string;
  atSeconds: number;
  detail: string;
}

export interface PhaseResult {
  users: number;
  seconds: number;
  recorder: PhaseRecorder;
  faults: FaultEvent[];
  drainMs: number | null;
  verdict: Verdict;
  /** Where the CPU went during the phase (bench-cpu.ts), when /proc can tell. */
  cpu: string | null;
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const sec = (value: number) => (Number.isNaN(value) ? "–" : `${(value / 1000).toFixed(2)} s`);

/** Failed requests by status: all of them, or (with the phase's faults) only the real errors. */
export function errorText(recorder: PhaseRecorder, faults: readonly FaultWindow[] = []): string {
  return countByStatus(classifyFailures(recorder.failures, faults).errors);
}

function designedText(result: PhaseResult): string {
  const { designed } = classifyFailures(result.recorder.failures, result.faults);
  if (!result.faults.some((fault) => fault.kind === "database-restart")) return "–";
  const groups = new Map<string, number>();
  for (const failure of designed) groups.set(failure.group, (groups.get(failure.group) ?? 0) + 1);
  return designed.length === 0 ? "0" : `${designed.length} (${[...groups].map(([group, count]) => `${group}×${count}`).join(", ")})`;
}

function latencyCells(summary: LatencySummary): string {
  return `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)}`;
}

export function verdictText(verdict: Verdict): string {
  const parts = [
    `${verdict.acknowledged} acknowledged: ${verdict.scored} scored, ${verdict.flagged} flagged, ${verdict.failed} failed, ${verdict.pending} still pending, ${verdict.missing} missing`,
    `${verdict.wrongScoreCount} without exactly one score row`,
    `${verdict.usersOverQuota} users over quota (max ${verdict.maxInterviewsPerUser} interviews per user)`,
  ];
  if (verdict.storedWithoutAck > 0) parts.push(`${verdict.storedWithoutAck} stored whose 202 the client never received`);
  return `${verdict.ok ? "PASS" : "FAIL"}: ${parts.join("; ")}`;
}

/** The phase in plain text for stdout. */
export function phaseText(result: PhaseResult): string {
  const { recorder } = result;
  const lines = [
    `\n== ${result.users} concurrent candidates, ${result.seconds} s ==`,
    `requests ${recorder.totalRequests()} (${(recorder.totalRequests() / result.seconds).toFixed(0)} req/s); errors ${errorText(recorder, result.faults)}`,
    `designed 503 + Retry-After inside the database-restart window (not errors): ${designedText(result)}`,
    `API latency p50 / p95 / p99: ${latencyCells(recorder.apiLatency())} ms${recorder.longPoll ? " (long-poll waits excluded)" : ""}`,
    `  ${"group".padEnd(11)} ${"requests".padStart(8)}  p50 / p95 / p99 ms`,
  ];
  for (const group of GROUPS) {
    const summary = summarize(recorder.latencies.get(group)!);
    if (summary.count > 0) lines.push(`  ${group.padEnd(11)} ${String(summary.count).padStart(8)}  ${latencyCells(summary)}`);
  }
  const visible = summarize(recorder.visibility);
  lines.push(`submit → score visible: p50 ${sec(visible.p50)}, p95 ${sec(visible.p95)} (${visible.count} answers; ${recorder.notVisibleInTime} not visible before the phase ended)`);
  lines.push(`interviews completed ${recorder.interviewsCompleted}; quota refusals ${recorder.quotaRefusals}; queue drained ${result.drainMs === null ? "NOT within the budget" : `${sec(result.drainMs)} after the phase`}`);
  for (const [key, sample] of recorder.errorSamples) lines.push(`first error of ${key}: ${sample}`);
  if (result.cpu) lines.push(result.cpu);
  for (const fault of result.faults) lines.push(`fault at ${fault.atSeconds.toFixed(0)} s: ${fault.what}: ${fault.detail}`);
  lines.push(`verdict: ${verdictText(result.verdict)}`);
  return lines.join("\n");
}

export function baselineText(baseline: BaselineResult): string {
  const { app, bare } = baseline;
  return [
    `\n== GET /api/v1/questions (20 rows), ${baseline.connections} connections, median of ${baseline.rounds} rounds ==`,
    `app:  ${app.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(app.p50Ms)} ms, p95 ${ms(app.p95Ms)} ms, failures ${failures(app)}`,
    `bare: ${bare.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(bare.p50Ms)} ms, p95 ${ms(bare.p95Ms)} ms (node:http + postgres, same query and database, ${baseline.processes} process${baseline.processes > 1 ? "es" : ""})`,
    `app / bare: ${(app.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}× (target ≥ 0.4×)`,
  ].join("\n");
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (nproc ${execSync("nproc").toString().trim()}, ${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function gitRevision(): string {
  try {
    const git = (args: string) => execSync(`git ${args}`, { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    // A copy of the tree inside another checkout (git archive into .test-data) would report that checkout's HEAD.
    if (fs.realpathSync(git("rev-parse --show-toplevel")) !== fs.realpathSync(process.cwd())) return "unknown (not a git checkout)";
    return git("rev-parse --short HEAD");
  } catch {
    return "unknown";
  }
}

export function markdownBlock(options: { started: Date; command: string; note: string; loadAtStart: number[]; settings: string; baseline: BaselineResult | null; phases: PhaseResult[] }): string {
  const out = [
    `Measured ${options.started.toISOString().slice(0, 16).replace("T", " ")} UTC at commit ${gitRevision()} with \`${options.command}\`.`,
    "",
    `- Machine: ${machineLine()}; load generator on the same machine.`,
    `- Load average when the run started: ${options.loadAtStart.map((value) => value.toFixed(2)).join(", ")} (1, 5, 15 min). ${options.note}`,
    `- ${options.settings}`,
    "",
  ];
  if (options.baseline) {
    const { app, bare, processes } = options.baseline;
    out.push(
      `**Per-request cost** — \`GET /api/v1/questions\` (20 rows), ${options.baseline.connections} connections, median of ${options.baseline.rounds} rounds:`,
      "",
      "| server | req/s | p50 ms | p95 ms | failures |",
      "|---|---:|---:|---:|---:|",
      `| the app (${processes} web process${processes > 1 ? "es" : ""}) | ${app.requestsPerSecond.toFixed(0)} | ${ms(app.p50Ms)} | ${ms(app.p95Ms)} | ${failures(app)} |`,
      `| bare \`node:http\` + \`postgres\`, same query and database (${processes} process${processes > 1 ? "es" : ""}) | ${bare.requestsPerSecond.toFixed(0)} | ${ms(bare.p50Ms)} | ${ms(bare.p95Ms)} | ${failures(bare)} |`,
      `| **app / bare** | **${(app.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}×** (target ≥ 0.4×) | | | |`,
      "",
    );
  }
  out.push(
    "**The practice loop** — one row per phase (API latency excludes the long-poll waits for a score):",
    "",
    "| candidates | seconds | requests | req/s | errors (by status) | designed 503s (DB restart) | API p50 / p95 / p99 ms | submit → score visible p50 / p95 | answers acked | verdict |",
    "|---:|---:|---:|---:|---|---|---|---|---:|---|",
  );
  for (const phase of options.phases) {
    const { recorder } = phase;
    const visible = summarize(recorder.visibility);
    out.push(
      `| ${phase.users} | ${phase.seconds} | ${recorder.totalRequests()} | ${(recorder.totalRequests() / phase.seconds).toFixed(0)} | ${errorText(recorder, phase.faults)} | ${designedText(phase)} | ${latencyCells(recorder.apiLatency())} | ${sec(visible.p50)} / ${sec(visible.p95)} | ${phase.verdict.acknowledged} | ${phase.verdict.ok ? "pass" : "**FAIL**"} |`,
    );
  }
  for (const phase of options.phases) {
    out.push("", `<details><summary>${phase.users} candidates: per endpoint group, faults, verdict</summary>`, "", "```", phaseText(phase).trim(), "```", "", "</details>");
  }
  return out.join("\n");
}

const START = "<!-- bench-load:results:start -->";
const END = "<!-- bench-load:results:end -->";

const SECTION_TEMPLATE = `## Load benchmark (\`npm run bench:load\`)

### Latest measured run

${START}
${END}
`;

/** Replaces the results block in docs/performance.md (creating the file or the section when missing). */
export function writeResults(file: string, block: string): void {
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Performance\n";
  if (!text.includes(START) || !text.includes(END)) text = `${text.trimEnd()}\n\n${SECTION_TEMPLATE}`;
  const before = text.slice(0, text.indexOf(START) + START.length);
  const after = text.slice(text.indexOf(END));
  fs.writeFileSync(file, `${before}\n${block}\n${after}`);
}
