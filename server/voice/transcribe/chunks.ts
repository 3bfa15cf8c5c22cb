/**
 * Splits a long recording at silences so the single-threaded recogniser can run on every core at once.
 * Cuts fall in the middle of the pause nearest each even share of the speech, so no word is cut in two.
 */
import { analyseAudio } from "../audio/envelope";
import type { PcmAudio } from "../audio/wav";

/** Below this length a recording is decoded in one piece: the model load would eat the gain. */
export const MIN_CHUNK_SEC = 30;

/** Sample offsets where the recording is cut (empty: one piece). */
export function cutPoints(audio: PcmAudio, pieces: number): number[] {
  const count = Math.min(pieces, Math.floor(audio.durationSec / MIN_CHUNK_SEC));
  if (count < 2) return [];
  const { segments } = analyseAudio(audio);
  const gaps = segments.slice(1).map((s, i) => (segments[i]!.endSec + s.startSec) / 2);
  const cuts: number[] = [];
  for (let k = 1; k < count; k++) {
    const target = (audio.durationSec * k) / count;
    const nearest = gaps.reduce<number | undefined>((best, g) => (best === undefined || Math.abs(g - target) < Math.abs(best - target) ? g : best), undefined);
    const at = Math.round((nearest ?? target) * audio.sampleRate);
    if (!cuts.includes(at) && at > 0 && at < audio.samples.length) cuts.push(at);
  }
  return cuts.sort((a, b) => a - b);
}

/** The recording cut into at most `pieces` parts at pauses. */
export function splitAtPauses(audio: PcmAudio, pieces: number): Float32Array[] {
  const bounds = [0, ...cutPoints(audio, pieces), audio.samples.length];
  return bounds.slice(1).map((end, i) => audio.samples.subarray(bounds[i], end));
}
