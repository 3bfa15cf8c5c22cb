import { describe, expect, it } from "vitest";
import { normaliseWords, wordErrorRate } from "./wer";

describe("wordErrorRate", () => {
  it("counts substitutions, deletions and insertions over the reference length", () => {
    expect(wordErrorRate("the cat sat", "the cat sat")).toBe(0);
    expect(wordErrorRate("the cat sat", "the bat sat")).toBeCloseTo(1 / 3);
    expect(wordErrorRate("the cat sat", "the sat")).toBeCloseTo(1 / 3);
    expect(wordErrorRate("the cat sat", "oh the cat sat down")).toBeCloseTo(2 / 3);
    expect(wordErrorRate("a b", "c d e f")).toBe(2);
  });

  it("ignores case and punctuation", () => {
    expect(normaliseWords("Don't stop, Cache!")).toEqual(["dont", "stop", "cache"]);
    expect(wordErrorRate("So, the Cache.", "so the cache")).toBe(0);
    expect(wordErrorRate("", "")).toBe(0);
    expect(wordErrorRate("", "noise")).toBe(1);
  });
});
