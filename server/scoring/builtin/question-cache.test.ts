/**
 * The question-side memo (question-cache.ts): bounded, least recently used out first, and a cached
 * analysis scores exactly like a fresh one. Questions and answers here were written for this test.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { memoByKey } from "@/server/scoring/builtin/question-cache";
import { questionTopic } from "@/server/scoring/builtin/topic-question";
import type { TScoreInput } from "@/server/scoring/scorer";

describe("memoByKey", () => {
  it("computes each key once while it stays cached", () => {
    let calls = 0;
    const length = memoByKey((key: string) => {
      calls += 1;
      return key.length;
    }, 2);
    expect([length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
  });

  it("drops the least recently used key beyond its limit", () => {
    const seen: string[] = [];
    const echo = memoByKey((key: string) => {
      seen.push(key);
      return key;
    }, 2);
    echo("a");
    echo("b");
    echo("a"); // "a" is now the most recent, so "b" goes first
    echo("c");
    echo("a");
    echo("b");
    expect(seen).toEqual(["a", "b", "c", "b"]);
  });
});

describe("the analyzer with cached question analysis", () => {
  const question = {
    text: "How would you cut the time a warehouse picker walks per order? Which measure tells you it worked?",
    keyPoints: ["slotting fast movers near packing", "batch picking", "walk distance per order as the measure"],
    sampleAnswer: "I would re-slot the fast-moving items near packing and batch small orders, then track metres walked per order.",
    tags: ["operations"],
  };
  const input = (answer: string, keyPoints = question.keyPoints): TScoreInput => ({
    rubric: "product_management",
    level: "mid",
    question: { ...question, keyPoints },
    answer,
  });
  const answers = [
    "First I would map where pickers walk: a heat map of scans shows fast movers stored at the far end. I would re-slot the top 50 items next to packing and batch orders of one or two lines, so one trip serves four orders. The measure is metres walked per order, with pick errors as a guardrail.",
    "Warehouses are important and efficiency matters a lot in today's world, so I would make things better.",
  ];

  it("gives the same score on a first and a repeated call, in any order", () => {
    const first = answers.map((a) => JSON.stringify(analyzeAnswer(input(a))));
    const again = [...answers].reverse().map((a) => JSON.stringify(analyzeAnswer(input(a)))).reverse();
    expect(again).toEqual(first);
  });

  it("keys on the key points too: the same text with other key points is analysed anew", () => {
    const withPoints = questionTopic(question);
    const withOthers = questionTopic({ ...question, keyPoints: ["cross-docking inbound pallets", "dock door scheduling"] });
    expect(withPoints.keyPoints).toEqual(question.keyPoints);
    expect(withOthers.keyPoints).toEqual(["cross-docking inbound pallets", "dock door scheduling"]);
    expect(questionTopic({ ...question })).toBe(withPoints);
  });
});
