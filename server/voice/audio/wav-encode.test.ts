import { describe, expect, it } from "vitest";
import { parseWav } from "./wav";
import { encodeWavMono16, TARGET_SAMPLE_RATE } from "@/server/contracts/wav-encode";

describe("encodeWavMono16 (the WAV encoder of the browser and the server)", () => {
  it("writes a 16 kHz mono 16-bit PCM file the server's reader accepts, samples intact", () => {
    const samples = Float32Array.from({ length: 1600 }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / TARGET_SAMPLE_RATE) * 0.5);
    const wav = encodeWavMono16(samples, TARGET_SAMPLE_RATE);
    expect(wav.byteLength).toBe(44 + 1600 * 2);
    const parsed = parseWav(Buffer.from(wav));
    expect(parsed.sampleRate).toBe(16_000);
    expect(parsed.channels).toBe(1);
    expect(parsed.durationSec).toBeCloseTo(0.1, 5);
    for (const i of [0, 10, 399, 1599]) expect(parsed.samples[i]).toBeCloseTo(samples[i]!, 3);
  });

  it("clips out-of-range and non-finite samples instead of wrapping around", () => {
    const wav = encodeWavMono16(Float32Array.from([2, -2, Number.NaN, 1, -1]), 8000);
    const view = new DataView(wav);
    expect([0, 1, 2, 3, 4].map((i) => view.getInt16(44 + i * 2, true))).toEqual([32767, -32768, 0, 32767, -32768]);
  });

  it("writes an empty data chunk for no samples", () => {
    const parsed = parseWav(Buffer.from(encodeWavMono16(new Float32Array(0), TARGET_SAMPLE_RATE)));
    expect(parsed.samples.length).toBe(0);
  });
});
