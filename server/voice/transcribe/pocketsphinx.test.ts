/**
 * The offline engine end to end: espeak-ng speaks three of the written answers, pocketsphinx transcribes them, and
 * the word error rate is printed per answer and overall (rough by nature: only its range is asserted). All ten
 * answers took 40–78 s of both cores in `npm test` for that loose check; the word error rate over all ten, per
 * engine and speed, is `npm run eval:voice`, and the ~2-minute timing is `npm run bench:voice`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runWer } from "../eval/wer-run";
import { requireBinaries, scratchDir } from "../speech-fixtures";
import { createPocketsphinxEngine, parseHypothesis } from "./pocketsphinx";

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

  it("transcribes spoken answers and prints the word error rate", async () => {
    await requireBinaries("espeak-ng", "sox", "pocketsphinx_continuous");
    const texts = (await answers()).slice(0, 3);
    expect(texts).toHaveLength(3);
    // Two at a time: the machine has two cores and each run is single-threaded.
    const run = await runWer(engine, texts.map((text, i) => ({ id: String(i), text })), { speed: 160, dir: await scratchDir(), parallel: 2 });
    const rows = run.rows.map((r) => `WER ${r.wer.toFixed(2)} (${r.transcribeMs} ms) "${r.hypothesis}"`);
    console.log(`pocketsphinx WER per answer:\n${rows.join("\n")}\npocketsphinx overall WER ${run.overall.toFixed(3)} over ${run.words} words`);
    for (const row of run.rows) expect(row.wer).toBeLessThanOrEqual(2);
    expect(run.overall).toBeGreaterThanOrEqual(0);
    expect(run.overall).toBeLessThanOrEqual(2);
  }, 600_000);
});
