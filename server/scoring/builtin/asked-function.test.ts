/**
 * A coding question that names its function ("Write a function merge_ranges(ranges)…"): code that
 * defines it answers this question even when its prose repeats none of the question's words, and
 * code that defines only some other function, never naming the asked one, answers another. Both
 * examples are written for this test.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { askedFunctionCheck } from "@/server/scoring/builtin/stated-goal";
import type { TScoreInput } from "@/server/scoring/scorer";

const QUESTION =
  "Meeting rooms are booked as [start, end] pairs in minutes, for example [[30, 90], [60, 120], [150, 180]]. Write a function merge_ranges(ranges) that returns the bookings merged wherever they overlap, sorted by start: for the example, [[30, 120], [150, 180]].";

const TERSE_CORRECT = [
  "Sort, then fold each pair into the last one when it starts before that one ends.",
  "",
  "```python",
  "def merge_ranges(ranges):",
  "    out = []",
  "    for s, e in sorted(ranges):",
  "        if out and s <= out[-1][1]:",
  "            out[-1][1] = max(out[-1][1], e)",
  "        else:",
  "            out.append([s, e])",
  "    return out",
  "```",
  "O(n log n) for the sort, O(n) extra space.",
].join("\n");

const OTHER_PROBLEM = [
  "I'd count how many rooms are busy at once with a sweep over sorted start and end times: each start takes a room, each end frees one, and the answer is the highest count reached.",
  "",
  "```python",
  "def min_rooms(bookings):",
  "    starts = sorted(b[0] for b in bookings)",
  "    ends = sorted(b[1] for b in bookings)",
  "    busy = best = j = 0",
  "    for s in starts:",
  "        while j < len(ends) and ends[j] <= s:",
  "            busy -= 1",
  "            j += 1",
  "        busy += 1",
  "        best = max(best, busy)",
  "    return best",
  "```",
  "Sorting dominates, so it's O(n log n) time and O(n) space.",
].join("\n");

const input = (answer: string): TScoreInput => ({ rubric: "coding", level: "mid", question: { text: QUESTION }, answer });

describe("the function a coding question names", () => {
  it("defined by the answer's code: on topic, however little of the question its prose repeats", () => {
    expect(askedFunctionCheck(QUESTION, TERSE_CORRECT)).toBe("defined");
    expect(askedFunctionCheck(QUESTION, TERSE_CORRECT.replace("merge_ranges", "mergeRanges"))).toBe("defined");
    const score = analyzeAnswer(input(TERSE_CORRECT));
    expect(score.flags).not.toContain("off_topic");
    expect(score.total).toBeGreaterThan(analyzeAnswer(input(OTHER_PROBLEM)).total);
  });

  it("never defined or named, with code for another function: off topic", () => {
    expect(askedFunctionCheck(QUESTION, OTHER_PROBLEM)).toBe("other");
    expect(analyzeAnswer(input(OTHER_PROBLEM)).flags).toContain("off_topic");
  });

  it("neither when a helper is defined beside a mention of the asked name, or when the question names no function", () => {
    expect(askedFunctionCheck(QUESTION, "merge_ranges sorts first:\n```python\ndef overlaps(a, b):\n    return a[0] <= b[1]\n```")).toBeNull();
    expect(askedFunctionCheck("Merge overlapping intervals in a list of [start, end] pairs.", TERSE_CORRECT)).toBeNull();
  });
});
