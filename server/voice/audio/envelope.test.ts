import { describe, expect, it } from "vitest";
import { analyseAudio } from "./envelope";
import type { PcmAudio } from "./wav";

const RATE = 16000;

/** Deterministic noise (a linear congruential generator), so the test never flakes. */
function noise(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32 - 0.5;
  };
}

/** A recording built from [seconds, loud?] parts: tone bursts over a constant noise floor. */
function recording(parts: [number, boolean][], noiseLevel = 0.01): PcmAudio {
  const rand = noise(7);
  const samples: number[] = [];
  for (const [sec, loud] of parts) {
    for (let i = 0; i < sec * RATE; i++) samples.push(rand() * noiseLevel + (loud ? 0.3 * Math.sin((2 * Math.PI * 220 * i) / RATE) : 0));
  }
  return { sampleRate: RATE, channels: 1, samples: Float32Array.from(samples), durationSec: samples.length / RATE };
}

describe("analyseAudio", () => {
  it("finds speaking segments and long pauses above a noise floor", () => {
    const audio = recording([[0.5, false], [2, true], [0.2, false], [1, true], [2, false], [1.5, true], [0.5, false]]);
    const result = analyseAudio(audio);
    expect(result.durationSec).toBeCloseTo(7.7, 2);
    // The 0.2 s gap is bridged (a breath between words); the 2 s gap is a long pause.
    expect(result.segments).toHaveLength(2);
    expect(result.speakingSec).toBeCloseTo(4.7, 1);
    expect(result.longPauses).toHaveLength(1);
    expect(result.longPauses[0]!.startSec).toBeCloseTo(3.7, 1);
    expect(result.longPauses[0]!.endSec).toBeCloseTo(5.7, 1);
    expect(result.noiseFloorRms).toBeGreaterThan(0);
  });

  it("adapts the threshold to a louder noise floor and honours a configured long pause", () => {
    const audio = recording([[1, true], [1, false], [1, true]], 0.08);
    expect(analyseAudio(audio).longPauses).toHaveLength(0);
    const strict = analyseAudio(audio, { longPauseSec: 0.8 });
    expect(strict.longPauses).toHaveLength(1);
    expect(strict.speakingSec).toBeCloseTo(2, 1);
  });

  it("reports no speech in silence", () => {
    const result = analyseAudio({ sampleRate: RATE, channels: 1, samples: new Float32Array(RATE), durationSec: 1 });
    expect(result.segments).toEqual([]);
    expect(result.speakingSec).toBe(0);
  });
});

describe("analyseAudio without pauses", () => {
  it("counts a recording that is speech almost throughout as speech", () => {
    const audio = recording([[9, true], [0.5, false], [9, true]]);
    const result = analyseAudio(audio);
    // Before the threshold was capped at half the speech level, the tenth percentile (speech) doubled
    // put the threshold above every frame and this answer had no speech at all.
    expect(result.speakingSec).toBeCloseTo(18, 1);
    expect(result.segments).toHaveLength(2);
  });
});
