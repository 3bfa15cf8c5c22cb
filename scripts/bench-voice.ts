/**
 * Voice benchmark. `npm run bench:voice`.
 * A ~2-minute answer (the 15 fixture answers spoken by espeak-ng at 125 wpm) through the offline engine
 * (pocketsphinx) and the delivery analysis: wall time (target 30 s on this machine), the CPU seconds the
 * child processes used (which do not depend on how busy the machine is), the word error rate and the rate.
 * Needs Debian's espeak-ng, sox, pocketsphinx and pocketsphinx-en-us. Kept out of `npm test`: it is a
 * timing, and timings belong in benchmarks, not in tests on a shared machine.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { analyseAudio } from "@/server/voice/audio/envelope";
import { parseWav } from "@/server/voice/audio/wav";
import { analyseDelivery } from "@/server/voice/delivery/analyse";
import { childCpuSeconds, requireBinaries, scratchDir, synthesise } from "@/server/voice/speech-fixtures";
import { createPocketsphinxEngine } from "@/server/voice/transcribe/pocketsphinx";
import { wordErrorRate } from "@/server/voice/transcribe/wer";

async function main(): Promise<void> {
  await requireBinaries("espeak-ng", "sox", "pocketsphinx_continuous");
  const texts = JSON.parse(await readFile(path.resolve("test/fixtures/voice/answers.json"), "utf8")) as string[];
  const text = [...texts, ...texts.slice(0, 5)].join(" ");
  const file = await synthesise(text, 125, await scratchDir(), "two-minutes");
  const engine = createPocketsphinxEngine();
  const cpuBefore = await childCpuSeconds();
  const started = Date.now();
  const transcript = await engine.transcribe(file);
  const audio = analyseAudio(parseWav(await readFile(file)));
  const delivery = analyseDelivery({ transcript: transcript.text, audio, suggestedSec: 120 });
  const elapsedSec = (Date.now() - started) / 1000;
  const cpuSec = (await childCpuSeconds()) - cpuBefore;
  console.log(`audio: ${audio.durationSec} s`);
  console.log(`transcription + delivery analysis: ${elapsedSec.toFixed(1)} s wall (target 30 s), ${cpuSec.toFixed(1)} CPU-seconds in pocketsphinx and sox`);
  console.log(`word error rate: ${wordErrorRate(text, transcript.text).toFixed(2)}; ${delivery.wordsPerMinute} wpm from the hypothesis`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
