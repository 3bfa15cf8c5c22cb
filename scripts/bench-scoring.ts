/**
 * Benchmark of the built-in analyzer: scores the calibration sets (1, 2a, 2b) for many rounds after a warm-up
 * and prints throughput and latency percentiles. Run with `npx tsx scripts/bench-scoring.ts`
 * (optionally followed by the number of rounds).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import type { TScoreInput } from "@/server/scoring/scorer";
import { ZLevelSchema, ZTrackSchema } from "@/server/contracts/vocabulary/tracks";
import { detectLanguage } from "@/server/scoring/builtin/language/detect";

const WARM_UP_ROUNDS = 5;
const DEFAULT_ROUNDS = 50;

const ZBenchAnswerSchema = z.object({
  track: ZTrackSchema,
  level: ZLevelSchema,
  question: z.string(),
  answer: z.string(),
});

/** Set 1 (short answers), set 2 (long answers with code, lists and injections) and the Russian and Korean sets. */
const FILES = ["calibration-answers.jsonl", "calibration-answers-2a.jsonl", "calibration-answers-2b.jsonl", "calibration-ru.jsonl", "calibration-ko.jsonl"];

function loadInputs(): TScoreInput[] {
  return FILES.flatMap((name) => readFileSync(fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url)), "utf8").split("\n"))
    .filter((line) => line.trim().length > 0)
    .map((line) => ZBenchAnswerSchema.parse(JSON.parse(line)))
    .map((a) => ({ rubric: a.track, level: a.level, question: { text: a.question }, answer: a.answer }));
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

function main(): void {
  const rounds = Number.parseInt(process.argv[2] ?? "", 10) || DEFAULT_ROUNDS;
  const inputs = loadInputs();
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const input of inputs) analyzeAnswer(input);

  const latencies: number[] = [];
  const byLanguage = new Map<string, number[]>();
  const languages = inputs.map((input) => detectLanguage(input.answer));
  const started = performance.now();
  // CPU time of this process: on a shared machine wall-clock latency measures the neighbours too.
  const cpuStarted = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    inputs.forEach((input, i) => {
      const t0 = performance.now();
      analyzeAnswer(input);
      const ms = performance.now() - t0;
      latencies.push(ms);
      const language = languages[i] ?? "en";
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), ms]);
    });
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  latencies.sort((a, b) => a - b);

  const rows: Array<[string, string]> = [
    ["answers in set", String(inputs.length)],
    ["rounds (after warm-up)", String(rounds)],
    ["answers scored", String(latencies.length)],
    ["answers/s", (latencies.length / (elapsedMs / 1000)).toFixed(0)],
    ["CPU per answer (ms)", ((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(3)],
    ["p50 latency (ms)", percentile(latencies, 50).toFixed(3)],
    ["p99 latency (ms)", percentile(latencies, 99).toFixed(3)],
    ["max latency (ms)", (latencies[latencies.length - 1] ?? 0).toFixed(3)],
    ...[...byLanguage].map(([language, ms]): [string, string] => [`p50 latency, ${language} answers (ms)`, percentile([...ms].sort((a, b) => a - b), 50).toFixed(3)]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log("built-in analyzer benchmark (calibration sets 1 and 2, Russian and Korean sets)");
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value.padStart(10)}`);
}

main();
