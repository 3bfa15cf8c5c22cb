/** Generators, comparison rules and the public view of a coding question (no sandbox needed). */
import { describe, expect, it } from "vitest";
import { codingQuestions } from "@/db/seed/questions/coding";
import { compareResult, functionNameFor } from "@/server/contracts/code-compare";
import { expand } from "./generate";
import { publicCodingSpec } from "./public-spec";

describe("generators", () => {
  it("expand specs deterministically, nested inside arrays and each other", () => {
    expect(expand([{ $gen: "range", start: 1, stop: 4 }, 5])).toEqual([[1, 2, 3], 5]);
    expect(expand({ $gen: "range", start: 3, stop: -1, step: -1 })).toEqual([3, 2, 1, 0]);
    expect(expand({ $gen: "concat", parts: [[0], { $gen: "repeat", value: 7, n: 2 }] })).toEqual([0, 7, 7]);
    expect(expand({ $gen: "text", parts: [["ab", 2], ["c", 1]] })).toBe("ababc");
    expect(expand({ $gen: "stripes", rows: 3, cols: 2, on: "1", off: "0" })).toEqual([["1", "1"], ["0", "0"], ["1", "1"]]);
    expect(expand({ $gen: "chain", start: 1, stop: 3, weight: 1 })).toEqual([[1, 2, 1], [2, 3, 1]]);
    expect(expand({ $gen: "chain", stop: 2, flip: true })).toEqual([[1, 0], [2, 1]]);
    expect(expand({ $gen: "strided", k: 2, n: 5 })).toEqual([[0, 2, 4], [1, 3]]);
    expect(expand({ $gen: "calls", method: "set", start: 1, stop: 3, args: ["k", "v$i", "$i"] })).toEqual([["set", "k", "v1", 1], ["set", "k", "v2", 2]]);
    expect(expand({ $gen: "cycle", pattern: [true, false], n: 3 })).toEqual([true, false, true]);
    expect(expand({ $gen: "levels", n: 6 })).toEqual([[1], [2, 3], [4, 5, 6]]);
    expect(expand({ $gen: "bst_levels", n: 7 })).toEqual([4, 2, 6, 1, 3, 5, 7]);
  });

  it("reject unknown generators and oversized inputs with a message", () => {
    expect(() => expand({ $gen: "nope" })).toThrow(/unknown generator "nope"/);
    expect(() => expand({ $gen: "repeat", value: 1, n: 10_000_000 })).toThrow(/outside/);
  });
});

describe("comparison rules", () => {
  it("are exact with a small numeric tolerance, or unordered at the top level", () => {
    expect(compareResult([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(compareResult(1.5000000001, 1.5)).toBe(true);
    expect(compareResult(true, 1)).toBe(false);
    expect(compareResult([2, 1], [1, 2])).toBe(false);
    expect(compareResult([2, 1], [1, 2], "unordered")).toBe(true);
    expect(compareResult([1, 1], [1, 2], "unordered")).toBe(false);
    expect(compareResult({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it("name JavaScript functions in camelCase", () => {
    expect(functionNameFor("javascript", "length_of_longest_substring")).toBe("lengthOfLongestSubstring");
    expect(functionNameFor("python", "two_sum")).toBe("two_sum");
    expect(functionNameFor("javascript", "LRUCache")).toBe("LRUCache");
  });
});

describe("public view of a coding question", () => {
  it("keeps signatures and examples and drops hidden tests and references", () => {
    for (const q of codingQuestions) {
      const view = publicCodingSpec(q.coding);
      const json = JSON.stringify(view);
      expect(view?.examples).toEqual(q.coding!.examples);
      expect(view?.signatures).toEqual(q.coding!.signatures);
      expect(json).not.toContain("hiddenTests");
      expect(json).not.toContain("reference");
      for (const hidden of q.coding!.hiddenTests) expect(json).not.toContain(`"${hidden.name}"`);
    }
    expect(publicCodingSpec(null)).toBeNull();
  });
});
