/**
 * The offline engine end to end: espeak-ng speaks 10 written answers, pocketsphinx transcribes them, and the
 * word error rate is printed per answer and overall (rough by nature: only its range is asserted). The
 * ~2-minute timing is a benchmark: `npm run bench:voice`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireBinaries, scratchDir, synthesise } from "../speech-fixtures";
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
});
