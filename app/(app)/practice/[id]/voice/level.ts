/** The microphone's loudness for the level meter: RMS of one analyser frame, as 0–100 on a decibel scale. */

/** Quieter than this reads as 0 (room noise); 0 dBFS (full scale) is 100. */
const FLOOR_DB = -60;

export function levelOfFrame(frame: Float32Array): number {
  if (frame.length === 0) return 0;
  let sum = 0;
  for (const sample of frame) sum += sample * sample;
  const rms = Math.sqrt(sum / frame.length);
  if (rms <= 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.round(Math.min(100, Math.max(0, ((db - FLOOR_DB) / -FLOOR_DB) * 100)));
}

/** In words for the meter's aria-valuetext (not colour alone): silent, quiet, good, loud. */
export type TLevelWord = "silent" | "quiet" | "good" | "loud";

export function levelWord(level: number): TLevelWord {
  if (level < 10) return "silent";
  if (level < 40) return "quiet";
  if (level < 90) return "good";
  return "loud";
}
