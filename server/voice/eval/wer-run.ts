/**
 * Word error rate of one engine over written answers spoken by espeak-ng: per answer and overall
 * (errors summed over all reference words, so long answers weigh more). Used by the pocketsphinx test
 * and `npm run eval:voice`.
 */
import { readFile } from "node:fs/promises";
import { parseWav } from "../audio/wav";
import { synthesise } from "../speech-fixtures";
import type { TranscriptionEngine } from "../transcribe/engine";
import { normaliseWords, wordErrorRate } from "../transcribe/wer";

export interface WerRow {
  id: string;
  words: number;
  audioSec: number;
  wer: number;
  transcribeMs: number;
  hypothesis: string;
}

export interface WerRun {
  rows: WerRow[];
  words: number;
  overall: number;
}

/** Speaks each text at espeak's nominal `speed` and transcribes it, `parallel` answers at a time. */
export async function runWer(
  engine: TranscriptionEngine,
  answers: { id: string; text: string }[],
  options: { speed: number; dir: string; parallel?: number },
): Promise<WerRun> {
  const rows: WerRow[] = [];
  const step = Math.max(1, options.parallel ?? 1);
  for (let i = 0; i < answers.length; i += step) {
    const batch = answers.slice(i, i + step).map(async ({ id, text }) => {
      const file = await synthesise(text, options.speed, options.dir, `wer-${id}`);
      const audioSec = parseWav(await readFile(file)).durationSec;
      const transcript = await engine.transcribe(file);
      return { id, words: normaliseWords(text).length, audioSec, wer: wordErrorRate(text, transcript.text), transcribeMs: transcript.durationMs, hypothesis: transcript.text };
    });
    rows.push(...(await Promise.all(batch)));
  }
  const words = rows.reduce((sum, r) => sum + r.words, 0);
  const errors = rows.reduce((sum, r) => sum + r.wer * r.words, 0);
  return { rows, words, overall: words > 0 ? errors / words : 0 };
}
