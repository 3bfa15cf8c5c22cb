/**
 * bench:faults' markdown: one table row per target, written into docs/performance.md between the
 * bench-faults markers. Only the block between the markers is replaced; the hand-written section
 * around it (what each scenario does) stays as it is. Without the markers nothing is written.
 */
import fs from "node:fs";
import type { TargetResult } from "./faults-verdicts";

export const FAULTS_START = "<!-- bench-faults:results:start -->";
export const FAULTS_END = "<!-- bench-faults:results:end -->";

const cell = (text: string) => text.replaceAll("|", "\\|");

export function faultsMarkdown(options: { started: Date; command: string; revision: string; machine: string; settings: string; results: readonly TargetResult[]; notes: readonly string[] }): string {
  const passed = options.results.filter((result) => result.pass).length;
  return [
    `Run ${options.started.toISOString().slice(0, 16).replace("T", " ")} UTC, commit \`${options.revision}\`, \`${options.command}\`: **${passed} of ${options.results.length} targets met**.`,
    "",
    `Machine: ${options.machine}. ${options.settings}`,
    "",
    "| scenario | target | measured | verdict |",
    "|---|---|---|---|",
    ...options.results.map((result) => `| ${result.scenario} | ${cell(result.target)} | ${cell(result.measured)} | ${result.pass ? "PASS" : "**FAIL**"} |`),
    ...(options.notes.length ? ["", ...options.notes.map((note) => `- ${note}`)] : []),
  ].join("\n");
}

/** The document with its results block replaced; null when the markers are missing or out of order. */
export function replaceFaultsBlock(document: string, block: string): string | null {
  const start = document.indexOf(FAULTS_START);
  const end = document.indexOf(FAULTS_END);
  if (start === -1 || end === -1 || end < start) return null;
  return `${document.slice(0, start + FAULTS_START.length)}\n${block}\n${document.slice(end)}`;
}

export function writeFaultsResults(file: string, block: string): boolean {
  const updated = replaceFaultsBlock(fs.readFileSync(file, "utf8"), block);
  if (updated === null) return false;
  fs.writeFileSync(file, updated);
  return true;
}
