import { describe, expect, it } from "vitest";
import { encodeWav, parseWav, WavFormatError } from "./wav";

function stereoWav(left: number, right: number, frames: number, sampleRate = 8000): Buffer {
  const mono = encodeWav(new Float32Array(frames * 2), sampleRate);
  const buf = Buffer.from(mono);
  buf.writeUInt16LE(2, 22); // channels
  buf.writeUInt32LE(sampleRate * 4, 28);
  buf.writeUInt16LE(4, 32); // block align
  for (let i = 0; i < frames; i++) {
    buf.writeInt16LE(left, 44 + i * 4);
    buf.writeInt16LE(right, 46 + i * 4);
  }
  return buf;
}

describe("parseWav", () => {
  it("round-trips mono 16-bit PCM", () => {
    const samples = Float32Array.from({ length: 1600 }, (_, i) => Math.sin(i / 10) * 0.5);
    const wav = parseWav(encodeWav(samples, 16000));
    expect(wav).toMatchObject({ sampleRate: 16000, channels: 1, durationSec: 0.1 });
    expect(wav.samples[10]).toBeCloseTo(samples[10]!, 3);
  });

  it("downmixes any number of channels to their mean", () => {
    const wav = parseWav(stereoWav(16384, -8192, 80));
    expect(wav.channels).toBe(2);
    expect(wav.samples).toHaveLength(80);
    expect(wav.samples[0]).toBeCloseTo(0.125, 5);
  });

  it("reads to the end when a streamed writer left the data size unset", () => {
    const buf = encodeWav(new Float32Array(100), 8000);
    buf.writeUInt32LE(0xffffffff, 40);
    expect(parseWav(buf).samples).toHaveLength(100);
  });

  it("refuses other formats with a message naming what was found", () => {
    const float = encodeWav(new Float32Array(10), 8000);
    float.writeUInt16LE(3, 20);
    expect(() => parseWav(float)).toThrow(/format code 3/);
    const eightBit = encodeWav(new Float32Array(10), 8000);
    eightBit.writeUInt16LE(8, 34);
    expect(() => parseWav(eightBit)).toThrow(/8-bit/);
    expect(() => parseWav(Buffer.from("ID3\u0004 not audio at all"))).toThrow(WavFormatError);
    expect(() => parseWav(Buffer.from("RIFX0000WAVE"))).toThrow(/big-endian/);
    expect(() => parseWav(Buffer.from("RIFF\u0004\u0000\u0000\u0000WAVE"))).toThrow(/no fmt chunk/);
    // An AppError, so the API answers 400 with the reason instead of a 500.
    expect(() => parseWav(Buffer.from("nope, not audio"))).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR", status: 400 }));
  });
});
