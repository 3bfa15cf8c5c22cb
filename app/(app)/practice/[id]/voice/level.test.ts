import { describe, expect, it } from "vitest";
import { levelOfFrame, levelWord } from "./level";

describe("levelOfFrame", () => {
  it("is 0 for silence and for no samples", () => {
    expect(levelOfFrame(new Float32Array(512))).toBe(0);
    expect(levelOfFrame(new Float32Array(0))).toBe(0);
  });
  it("is 100 at full scale and about half at -30 dBFS", () => {
    expect(levelOfFrame(new Float32Array(512).fill(1))).toBe(100);
    expect(levelOfFrame(new Float32Array(512).fill(10 ** (-30 / 20)))).toBe(50);
  });
  it("reads the words the meter announces", () => {
    expect([0, 20, 60, 95].map(levelWord)).toEqual(["silent", "quiet", "good", "loud"]);
  });
});
