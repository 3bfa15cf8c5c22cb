import { describe, expect, it } from "vitest";
import type { PcmAudio } from "../audio/wav";
import { cutPoints, splitAtPauses } from "./chunks";

const RATE = 8000;

/** Tone bursts of `speakSec` separated by `pauseSec` of silence. */
function bursts(count: number, speakSec: number, pauseSec: number): PcmAudio {
  const samples: number[] = [];
  for (let b = 0; b < count; b++) {
    for (let i = 0; i < speakSec * RATE; i++) samples.push(0.3 * Math.sin(i / 3));
    for (let i = 0; i < pauseSec * RATE; i++) samples.push(0);
  }
  return { sampleRate: RATE, channels: 1, samples: Float32Array.from(samples), durationSec: samples.length / RATE };
}

describe("splitAtPauses", () => {
  it("keeps a short recording whole", () => {
    expect(splitAtPauses(bursts(5, 4, 1), 4)).toHaveLength(1);
  });

  it("cuts a long recording in the middle of the pauses nearest even shares", () => {
    const audio = bursts(12, 9, 1); // 120 s: a pause ends every 10 s
    const cuts = cutPoints(audio, 2);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]! / RATE).toBeCloseTo(59.5, 0);
    const pieces = splitAtPauses(audio, 4);
    expect(pieces).toHaveLength(4);
    expect(pieces.reduce((n, p) => n + p.length, 0)).toBe(audio.samples.length);
    // Every cut falls in silence, so no burst is split.
    for (const cut of cutPoints(audio, 4)) expect(audio.samples[cut]).toBe(0);
  });
});
