/**
 * The offline engine end to end: espeak-ng speaks 10 written answers, pocketsphinx transcribes them, and the
 * word error rate is printed per answer and overall (rough by nature: only its range is asserted). Then a
 * ~2-minute answer is timed through transcription and delivery analysis (target: 30 s on this machine).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseAudio } from "../audio/envelope";
import { parseWav } from "../audio/wav";
import { analyseDelivery } from "../delivery/analyse";
import { childCpuSeconds, requireBinaries, scratchDir, synthesise } from "../speech-fixtures";
import { createPocketsphinxEngine, parseHypothesis } from "./pocketsphinx";
import { normaliseWords, wordErrorRate } from "./wer";

async function answers(): Promise<string[]> {
  return JSON.parse(await readFile(path.resolve("test/fixtures/voice/answers.json"), "utf8")) as string[];
}

describe("pocketsphinx hypothesis parsing", () => {
  it("joins utterance lines and drops markers and pronunciation variants", () => {
    expect(parseHypothesis("so the(2) cache <sil>\n\n[NOISE] works\n")).toBe("so the cache works");
    expect(parseHypothesis("")).toBe("");
  });
});

describe("pocketsphinx on espeak-ng speech", () => {
  const engine = createPocketsphinxEngine();

  it("detects the binary once", async () => {
    await requireBinaries("pocketsphinx_continuous");
    const first = engine.available();
    expect(engine.available()).toBe(first);
    expect(await first).toBe(true);
  });

  it("transcribes 10 answers and prints the word error rate", async () => {
    await requireBinaries("espeak-ng", "sox", "pocketsphinx_continuous");
    const dir = await scratchDir();
    const texts = await answers();
    expect(texts).toHaveLength(10);
    let errors = 0;
    let words = 0;
    const rows: string[] = [];
    // Two at a time: the machine has two cores and each run is single-threaded.
    for (let i = 0; i < texts.length; i += 2) {
      const batch = texts.slice(i, i + 2).map(async (text, k) => {
        const transcript = await engine.transcribe(await synthesise(text, 160, dir, `answer-${i + k}`));
        return { text, transcript };
      });
      for (const { text, transcript } of await Promise.all(batch)) {
        const wer = wordErrorRate(text, transcript.text);
        const count = normaliseWords(text).length;
        errors += wer * count;
        words += count;
        rows.push(`WER ${wer.toFixed(2)} (${transcript.durationMs} ms) "${transcript.text}"`);
        expect(transcript.engine).toBe("pocketsphinx");
        expect(wer).toBeGreaterThanOrEqual(0);
        expect(wer).toBeLessThanOrEqual(2);
      }
    }
    const overall = errors / words;
    console.log(`pocketsphinx WER per answer:\n${rows.join("\n")}\npocketsphinx overall WER ${overall.toFixed(3)} over ${words} words`);
    expect(overall).toBeGreaterThanOrEqual(0);
    expect(overall).toBeLessThanOrEqual(2);
  }, 600_000);

  it("times a ~2-minute answer through transcription and delivery analysis", async () => {
    await requireBinaries("espeak-ng", "sox", "pocketsphinx_continuous");
    const dir = await scratchDir();
    const texts = await answers();
    const text = [...texts, ...texts.slice(0, 5)].join(" ");
    const file = await synthesise(text, 125, dir, "two-minutes");
    const cpuBefore = await childCpuSeconds();
    const started = Date.now();
    const transcript = await engine.transcribe(file);
    const audio = analyseAudio(parseWav(await readFile(file)));
    const delivery = analyseDelivery({ transcript: transcript.text, audio, suggestedSec: 120 });
    const elapsedSec = (Date.now() - started) / 1000;
    const cpuSec = (await childCpuSeconds()) - cpuBefore;
    console.log(
      `2-minute answer: audio ${audio.durationSec}s; transcription + delivery analysis ${elapsedSec.toFixed(1)}s wall, ` +
        `${cpuSec.toFixed(1)} CPU-seconds in pocketsphinx and sox (target 30 s); WER ${wordErrorRate(text, transcript.text).toFixed(2)}; ` +
        `${delivery.wordsPerMinute} wpm from the hypothesis`,
    );
    expect(audio.durationSec).toBeGreaterThan(100);
    expect(delivery.summary.length).toBeGreaterThan(0);
  }, 600_000);
});
