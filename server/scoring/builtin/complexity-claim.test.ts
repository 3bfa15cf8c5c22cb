import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze";
import { claimedTimeDegree, complexityDegree, loopNesting, understatesTime } from "./complexity-claim";

const PY_PAIRS = `def count_pairs(nums, target):
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                count += 1
    return count`;

const PY_WINDOW = `def longest(s):
    seen = {}
    left = best = 0
    for right, ch in enumerate(s):
        while ch in seen and seen[ch] >= left:
            left += 1
        seen[ch] = right
        best = max(best, right - left + 1)
    return best`;

const PY_WORDS = `def total_vowels(words):
    total = 0
    for word in words:
        for ch in word:
            if ch in "aeiou":
                total += 1
    return total`;

const PY_SEQUENTIAL = `def f(nums):
    for x in nums:
        print(x)
    for y in nums:
        print(y)`;

const JS_PAIRS = `function maxProfit(prices) {
  let best = 0;
  for (let i = 0; i < prices.length; i++) {
    for (let j = i + 1; j < prices.length; j++) {
      best = Math.max(best, prices[j] - prices[i]);
    }
  }
  return best;
}`;

const JS_ONE_PASS = `function maxProfit(prices) {
  let low = Infinity, best = 0;
  for (const p of prices) {
    if (p < low) { low = p; }
    best = Math.max(best, p - low);
  }
  return best;
}`;

const JAVA_GRID = `int count(int[][] grid) {
  int n = grid.length;
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < 26; k++) { total++; }
    }
  }
  return total;
}`;

describe("loops nested over one input", () => {
  it("counts an index or element loop inside another over the same input, in Python and C-like code", () => {
    expect(loopNesting(PY_PAIRS)).toBe(2);
    expect(loopNesting(JS_PAIRS)).toBe(2);
    // A loop over a constant range adds nothing.
    expect(loopNesting(JAVA_GRID)).toBe(2);
  });

  it("does not count a while loop inside a for (sliding window), a loop over each item's parts, or loops one after another", () => {
    expect(loopNesting(PY_WINDOW)).toBe(1);
    expect(loopNesting(PY_WORDS)).toBe(1);
    expect(loopNesting(PY_SEQUENTIAL)).toBe(1);
    expect(loopNesting(JS_ONE_PASS)).toBe(1);
  });
});

describe("the time complexity the prose claims", () => {
  it("reads Big-O degrees", () => {
    expect(complexityDegree("1")).toBe(0);
    expect(complexityDegree("log n")).toBe(0.5);
    expect(complexityDegree("n")).toBe(1);
    expect(complexityDegree("n log n")).toBe(1.5);
    expect(complexityDegree("n^2")).toBe(2);
    expect(complexityDegree("n²")).toBe(2);
    expect(complexityDegree("n * m")).toBe(2);
    expect(complexityDegree("2^n")).toBe(Infinity);
  });

  it("takes the highest time claim and leaves out space claims", () => {
    expect(claimedTimeDegree("The time complexity is O(n). Space is O(1).")).toBe(1);
    expect(claimedTimeDegree("It runs in O(n) time and O(n^2) space.")).toBe(1);
    expect(claimedTimeDegree("Brute force is O(n^2); my version is O(n).")).toBe(2);
    expect(claimedTimeDegree("It is linear.")).toBe(1);
    expect(claimedTimeDegree("It uses a hash map.")).toBeNull();
  });
});

describe("a stated complexity the code does not have", () => {
  it("is found when nested loops over the input are called linear", () => {
    expect(understatesTime(PY_PAIRS, "The time complexity is O(n), since we go through the list once. Space is O(1).")).toBe(true);
    expect(understatesTime(JS_PAIRS, "This is linear time.")).toBe(true);
  });

  it("is not found when the claim fits, names the quadratic cost, or is absent", () => {
    expect(understatesTime(PY_PAIRS, "Two nested loops: O(n^2) time, O(1) space.")).toBe(false);
    expect(understatesTime(PY_PAIRS, "The brute force is O(n²); a hash map would make it O(n).")).toBe(false);
    expect(understatesTime(PY_PAIRS, "It checks every pair.")).toBe(false);
    expect(understatesTime(PY_WINDOW, "O(n) time with a sliding window.")).toBe(false);
    expect(understatesTime(JS_ONE_PASS, "One pass, O(n) time.")).toBe(false);
  });
});

describe("the analyzer on a complexity the code contradicts", () => {
  const question = "Given an array of integers and a target, count the pairs of positions whose values add up to the target.";
  const answer = (claim: string) => `I check every pair of positions and count the ones that add up to the target.\n\n\`\`\`python\n${PY_PAIRS}\n\`\`\`\n\n${claim} Space is O(1). Edge cases: an empty list gives 0, and duplicates count once per pair of positions.`;
  const complexityOf = (claim: string, language: "en" | "ru" = "en") => {
    const score = analyzeAnswer({ rubric: "coding", level: "junior", question: { text: question }, answer: answer(claim), feedbackLanguage: language });
    return score.dimensions.find((dimension) => dimension.key === "complexity")!;
  };

  it("scores a wrong O(n) for nested loops below the right O(n²), and says what to recount", () => {
    const wrong = complexityOf("Time complexity is O(n) because we go through the list once.");
    const right = complexityOf("Time complexity is O(n^2) because every pair is checked.");
    expect(wrong.score).toBeLessThan(right.score);
    expect(wrong.score).toBeLessThanOrEqual(wrong.max * 0.45);
    expect(wrong.comment).toContain("loop nested in another loop");
    expect(right.comment).not.toContain("loop nested in another loop");
    expect(complexityOf("Time complexity is O(n) because we go through the list once.", "ru").comment).toContain("цикл внутри другого цикла");
  });
});
