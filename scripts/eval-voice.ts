/**
 * Voice measurements. `npm run eval:voice` (kept out of `npm test`: it prints numbers for the README).
 * 1. Word error rate of each engine available here on the 10 written answers of
 *    test/fixtures/voice/eval-answers.json (30–60 s each), spoken by espeak-ng at -s 160:
 *    pocketsphinx when installed; the OpenAI-compatible path through the fake server of the tests, which
 *    returns the script itself — exact by construction, a check of the plumbing, NOT a measurement of Whisper.
 * 2. Speaking rate against the true rate at three espeak speeds, over the same 10 answers.
 * 3. Filler detection precision and recall on the hand-labelled sets.
 * Needs Debian's espeak-ng and sox (and pocketsphinx + pocketsphinx-en-us for the offline engine).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadLabelled, scoreFillers } from "@/server/voice/eval/filler-set";
import { checkRate } from "@/server/voice/eval/rate-check";
import { runWer, type WerRun } from "@/server/voice/eval/wer-run";
import { commandExists } from "@/server/voice/run-process";
import { requireBinaries, scratchDir } from "@/server/voice/speech-fixtures";
import { createOpenAiEngine } from "@/server/voice/transcribe/openai-engine";
import { createPocketsphinxEngine, POCKETSPHINX_BINARY } from "@/server/voice/transcribe/pocketsphinx";
import { startFakeTranscriptionServer } from "@/test/helpers/fake-transcription-server";

interface EvalAnswer {
  id: string;
  question: string;
  text: string;
}

const SPEED = 160;
const RATE_SPEEDS = [130, 160, 200];
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

function printWer(label: string, run: WerRun): void {
  console.log(`\n${label}`);
  for (const r of run.rows) console.log(`  ${r.id.padEnd(11)} ${r.audioSec.toFixed(1).padStart(5)} s  ${String(r.words).padStart(4)} words  WER ${r.wer.toFixed(3)}  (${(r.transcribeMs / 1000).toFixed(1)} s)`);
  console.log(`  overall WER ${run.overall.toFixed(3)} over ${run.words} words`);
}

async function werOfOpenAiPath(answers: EvalAnswer[], dir: string): Promise<WerRun> {
  const fake = await startFakeTranscriptionServer();
  try {
    fake.enqueue(...answers.map((a) => ({ kind: "text" as const, text: a.text })));
    const engine = createOpenAiEngine({ apiKey: "eval", baseURL: fake.baseURL, model: "whisper-1", timeoutMs: 30_000 });
    return await runWer(engine, answers, { speed: SPEED, dir });
  } finally {
    await fake.close();
  }
}

async function rates(answers: EvalAnswer[], dir: string): Promise<void> {
  console.log("\nSpeaking rate (words per minute over speaking time) against the true rate, 10 answers per speed");
  for (const speed of RATE_SPEEDS) {
    const checks = [];
    for (const a of answers) checks.push(await checkRate(a.text, speed, dir, `rate-${speed}-${a.id}`));
    const errors = checks.map((c) => c.error);
    const meanTrue = checks.reduce((s, c) => s + c.trueWpm, 0) / checks.length;
    const meanMeasured = checks.reduce((s, c) => s + c.measuredWpm, 0) / checks.length;
    const within = errors.filter((e) => e <= 0.1).length;
    console.log(
      `  espeak -s ${speed}: true ${meanTrue.toFixed(1)} wpm, measured ${meanMeasured.toFixed(1)} wpm; ` +
        `mean error ${pct(errors.reduce((s, e) => s + e, 0) / errors.length)}, worst ${pct(Math.max(...errors))}; ${within}/${checks.length} within 10%`,
    );
  }
}

function fillers(): void {
  console.log("\nFiller detection (exact spans) on hand-labelled transcripts");
  const sets = [
    ["fillers.jsonl", "labelled set (tuned on)"],
    ["fillers-heldout.jsonl", "held-out set 1 (not tuned on)"],
    ["fillers-tricky.jsonl", "tricky cases: well/so/like/do you know (tuned on)"],
    ["fillers-heldout-2.jsonl", "held-out set 2 (not tuned on)"],
  ] as const;
  for (const [file, label] of sets) {
    const set = loadLabelled(file);
    const s = scoreFillers(set);
    console.log(`  ${label}, ${set.length} transcripts: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`);
    for (const miss of s.misses) console.log(`    ${miss}`);
  }
}

async function main(): Promise<void> {
  await requireBinaries("espeak-ng", "sox");
  const answers = JSON.parse(await readFile(path.resolve("test/fixtures/voice/eval-answers.json"), "utf8")) as EvalAnswer[];
  const dir = await scratchDir();
  console.log(`Voice evaluation: ${answers.length} written answers spoken by espeak-ng at -s ${SPEED}`);

  if (await commandExists(POCKETSPHINX_BINARY)) {
    // One answer at a time: the engine already splits a long answer at pauses across the cores.
    printWer("pocketsphinx (offline, Debian pocketsphinx-en-us), fast decoder settings", await runWer(createPocketsphinxEngine(), answers, { speed: SPEED, dir }));
  } else {
    console.log(`\npocketsphinx: not installed here (apt-get install pocketsphinx pocketsphinx-en-us), not measured`);
  }
  printWer(
    "OpenAI-compatible path through the tests' fake server (it returns the script: exact by construction, checks the upload and parsing, says nothing about Whisper's accuracy)",
    await werOfOpenAiPath(answers, dir),
  );
  await rates(answers, dir);
  fillers();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
