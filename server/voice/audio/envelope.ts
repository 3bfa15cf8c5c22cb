/**
 * Energy envelope of a recording: frame RMS, an adaptive silence threshold, speaking segments and long pauses.
 * Deterministic and dependency-free so delivery feedback never needs a model.
 */
import type { PcmAudio } from "./wav";

export interface EnvelopeOptions {
  /** Frame length for the RMS envelope. */
  frameMs: number;
  /** Silences at least this long are reported as long pauses. */
  longPauseSec: number;
  /** Silences shorter than this are bridged: gaps between words and stop closures are still speaking. */
  bridgeGapSec: number;
  /** Speaking runs shorter than this are treated as clicks or breaths, not speech. */
  minSegmentSec: number;
}

export const DEFAULT_ENVELOPE_OPTIONS: EnvelopeOptions = { frameMs: 20, longPauseSec: 1.5, bridgeGapSec: 0.3, minSegmentSec: 0.1 };

export interface TimeSpan {
  startSec: number;
  endSec: number;
}

export interface AudioAnalysis {
  durationSec: number;
  speakingSec: number;
  segments: TimeSpan[];
  longPauses: TimeSpan[];
  /** RMS (0–1) that separated speech from silence. */
  thresholdRms: number;
  noiseFloorRms: number;
}

/** RMS of consecutive non-overlapping frames. */
export function frameRms(audio: PcmAudio, frameMs: number): Float64Array {
  const frameLen = Math.max(1, Math.round((audio.sampleRate * frameMs) / 1000));
  const count = Math.floor(audio.samples.length / frameLen);
  const out = new Float64Array(count);
  for (let f = 0; f < count; f++) {
    let sum = 0;
    for (let i = f * frameLen; i < (f + 1) * frameLen; i++) {
      const s = audio.samples[i] ?? 0;
      sum += s * s;
    }
    out[f] = Math.sqrt(sum / frameLen);
  }
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Threshold between silence and speech, in RMS. The noise floor is a low percentile (the quietest tenth of
 * frames are silence in any recording with pauses) and the speech level a high one; the threshold sits a
 * fixed fraction of the way between them on a log scale. It never exceeds half the speech level, so an answer
 * with almost no pauses (the tenth percentile is then speech too) still counts as speech, and never falls
 * below an absolute minimum (about -70 dBFS), so digital silence with dither does not count as speech.
 */
export function silenceThreshold(rms: Float64Array): { threshold: number; noiseFloor: number } {
  const sorted = Float64Array.from(rms).sort();
  const noiseFloor = percentile(sorted, 0.1);
  const floor = Math.max(noiseFloor, 1e-5);
  const speech = Math.max(percentile(sorted, 0.9), floor);
  const threshold = Math.max(Math.min(floor * Math.pow(speech / floor, 0.3), speech / 2), 3e-4);
  return { threshold, noiseFloor };
}

function runsAbove(rms: Float64Array, threshold: number, frameSec: number): TimeSpan[] {
  const runs: TimeSpan[] = [];
  let start = -1;
  for (let f = 0; f <= rms.length; f++) {
    const loud = f < rms.length && (rms[f] ?? 0) >= threshold;
    if (loud && start < 0) start = f;
    if (!loud && start >= 0) {
      runs.push({ startSec: start * frameSec, endSec: f * frameSec });
      start = -1;
    }
  }
  return runs;
}

function bridge(runs: TimeSpan[], maxGapSec: number): TimeSpan[] {
  const merged: TimeSpan[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && run.startSec - last.endSec < maxGapSec) last.endSec = run.endSec;
    else merged.push({ ...run });
  }
  return merged;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Speaking segments, long pauses between them and speaking time of a recording. */
export function analyseAudio(audio: PcmAudio, options: Partial<EnvelopeOptions> = {}): AudioAnalysis {
  const opts = { ...DEFAULT_ENVELOPE_OPTIONS, ...options };
  const rms = frameRms(audio, opts.frameMs);
  const frameSec = opts.frameMs / 1000;
  const { threshold, noiseFloor } = silenceThreshold(rms);
  const segments = bridge(runsAbove(rms, threshold, frameSec), opts.bridgeGapSec)
    .filter((s) => s.endSec - s.startSec >= opts.minSegmentSec)
    .map((s) => ({ startSec: round(s.startSec), endSec: round(s.endSec) }));
  const longPauses: TimeSpan[] = [];
  for (let i = 1; i < segments.length; i++) {
    const gap = { startSec: segments[i - 1]!.endSec, endSec: segments[i]!.startSec };
    if (gap.endSec - gap.startSec >= opts.longPauseSec) longPauses.push(gap);
  }
  const speakingSec = segments.reduce((sum, s) => sum + (s.endSec - s.startSec), 0);
  return {
    durationSec: round(audio.durationSec),
    speakingSec: round(speakingSec),
    segments,
    longPauses,
    thresholdRms: threshold,
    noiseFloorRms: noiseFloor,
  };
}
