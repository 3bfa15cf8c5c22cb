/**
 * Issue 14, round 3: words that merely echo the question are not evidence of understanding. Every
 * example here was written for this test (no calibration file): restating sentences, the question's
 * own figures and Big-O target, coding answers with neither code nor algorithm steps, and prose that
 * starts with a code keyword ("Let me...").
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { extractFeatures } from "@/server/scoring/builtin/features";
import { findCodeRanges } from "@/server/scoring/builtin/text";

const CODING_Q =
  "Given a string, return the first character that appears only once in it, or an empty string if there is none. For example, 'swiss' returns 'w'. Aim for O(n) time and O(1) extra space for a fixed alphabet.";

const CODED =
  "Count every character in one pass with a 26-slot array, then scan the string again and return the first character whose count is 1.\n\n```python\ndef first_unique(s):\n    counts = [0] * 26\n    for ch in s:\n        counts[ord(ch) - 97] += 1\n    for ch in s:\n        if counts[ord(ch) - 97] == 1:\n            return ch\n    return ''\n```\n\nTwo passes over the string, so linear time; the counts array has a fixed size.";

const ECHO_NO_CODE =
  "This question asks us to return the first character that appears only once in a string, or an empty string if there is none. It is a classic string question that shows up in many interviews, and it is worth getting right. The example 'swiss' returns 'w', because 's' appears three times and 'w' appears only once. The question asks for O(n) time and O(1) extra space for a fixed alphabet, so the solution has to be efficient and cannot waste memory. I would think carefully about the requirements, keep the solution clean and readable, make it run in O(n) time and O(1) extra space, and test it with several strings, including the empty string.";

function coding(answer: string): number {
  return analyzeAnswer({ rubric: "coding", level: "junior", question: { text: CODING_Q }, answer }).total;
}

describe("echo of the question earns nothing", () => {
  it("counts a restating sentence, the question's numbers and its Big-O target as the question's, not the answer's", () => {
    const own = extractFeatures(ECHO_NO_CODE);
    const echoed = extractFeatures(ECHO_NO_CODE, CODING_Q);
    expect(echoed.restatedSentences).toBeGreaterThanOrEqual(2);
    expect(echoed.lexicon.complexity.count).toBe(0);
    expect(own.lexicon.complexity.count).toBeGreaterThan(0);
    expect(echoed.numberCount).toBeLessThan(own.numberCount);
  });

  it("keeps the answer's own figures and sentences", () => {
    const f = extractFeatures(CODED, CODING_Q);
    expect(f.restatedSentences).toBe(0);
    expect(f.numberCount).toBeGreaterThan(0);
  });

  it("caps a coding answer that has neither code nor algorithm steps, however much it repeats the question", () => {
    const checks = analyzeAnswer({ rubric: "coding", level: "junior", question: { text: CODING_Q }, answer: ECHO_NO_CODE });
    expect(checks.total).toBeLessThanOrEqual(30);
    expect(coding(CODED)).toBeGreaterThan(coding(ECHO_NO_CODE) + 20);
  });

  it("does not cap a prose solution that gives its algorithm steps", () => {
    const prose =
      "I'd use a hash map from character to count. First, loop over the string once and increment each character's count. Then loop over the string again, in order, and return the first character whose count is 1; if the loop ends, return an empty string. Both passes are linear and the map holds at most 26 keys.";
    expect(coding(prose)).toBeGreaterThan(30);
  });
});

describe("unfenced code detection", () => {
  it("does not take a prose paragraph that starts with 'Let me' for code", () => {
    const text =
      "Let me first restate the problem to make sure I understand it. We get a list of words and need to group the ones that are anagrams of each other, in any order, and the example has three groups.";
    expect(findCodeRanges(text)).toHaveLength(0);
  });

  it("still finds a bare JavaScript statement", () => {
    expect(findCodeRanges("let counts = new Map();\nfor (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);").length).toBeGreaterThan(0);
  });
});

describe("feedback that reads like an interviewer, not a template", () => {
  const SE_Q = "How would you roll out a database schema change to a table with 200 million rows without downtime?";
  const THIN =
    "I would add the new column as nullable first, then backfill it in batches, then switch the code to read it. After that I would drop the old column.";

  it("gives each piece of advice once across the dimension comments, and the summary does not repeat it", () => {
    const score = analyzeAnswer({ rubric: "software_engineering", level: "mid", question: { text: SE_Q }, answer: THIN });
    const advice = score.dimensions.flatMap((d) => d.comment.split(/(?<=\.)\s+/)).filter((s) => !/^(?:Strong|Partly there|The answer is too short)/.test(s));
    const normalised = advice.map((s) => s.replace(/^(?:Also|Next,|To reach the top,)\s*/i, "").toLowerCase());
    expect(new Set(normalised).size).toBe(normalised.length);
    for (const sentence of advice) expect(score.feedback).not.toContain(sentence);
  });

  it("does not tell a merely short answer that it is about something next to the question", () => {
    const score = analyzeAnswer({ rubric: "software_engineering", level: "mid", question: { text: SE_Q }, answer: "Use an online migration tool and backfill in batches." });
    for (const d of score.dimensions) expect(d.comment).not.toMatch(/something next to it/);
    expect(score.improvements.join(" ")).not.toMatch(/something next to it/);
  });

  it("praises what the answer did rather than generic vocabulary when something concrete went well", () => {
    const score = analyzeAnswer({ rubric: "coding", level: "junior", question: { text: CODING_Q }, answer: CODED });
    const praise = [...score.strengths, ...score.dimensions.map((d) => d.comment)].join(" ");
    expect(praise).not.toMatch(/precise, specific vocabulary and stays on the question|stays on the question that was asked and uses precise/);
  });

  it("asks why the bound holds, not to state it, when the answer only repeats the question's Big-O target", () => {
    const quoted =
      "Sum the numbers and compare.\n\n```python\ndef first_unique(s):\n    for i, ch in enumerate(s):\n        if s.count(ch) == 1:\n            return ch\n    return ''\n```\n\nThis is O(n) time and O(1) extra space.";
    const score = analyzeAnswer({ rubric: "coding", level: "junior", question: { text: CODING_Q }, answer: quoted });
    const complexity = score.dimensions.find((d) => d.key === "complexity");
    expect(complexity?.comment ?? "").not.toMatch(/^State the time and space complexity/);
  });
});
