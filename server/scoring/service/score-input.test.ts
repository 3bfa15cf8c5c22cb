import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { buildMessages } from "@/server/scoring/openai/prompt";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { buildScoreInput, relevantKeyPoints, weakestDimension } from "./score-input";

const bank = SEED_QUESTIONS.find((q) => q.slug === "code-two-sum")!;
const question = { keyPoints: bank.keyPoints, sampleAnswer: bank.sampleAnswer, tags: bank.tags, followUps: bank.followUps };
const complexityFollowUp = bank.followUps.find((f) => f.dimension === "complexity")!;

describe("scoring input for a main answer", () => {
  it("carries the bank question's key points, sample answer and follow-ups, with no focus", () => {
    const input = buildScoreInput({ track: "coding", level: "intern", question, answer: { kind: "answer", prompt: bank.text, text: "Use a hash map." } });
    expect(input.question).toEqual({ text: bank.text, keyPoints: bank.keyPoints, sampleAnswer: bank.sampleAnswer, tags: bank.tags, followUps: bank.followUps });
    expect(input.focusDimension).toBeUndefined();
  });
});

describe("scoring input for a follow-up answer", () => {
  it("is graded as an answer to the bank follow-up, focused on the dimension it probes", () => {
    // The stored prompt may differ in case and final punctuation from the bank text; it still matches.
    const prompt = complexityFollowUp.text.toLowerCase().replace(/\?$/, "");
    const input = buildScoreInput({ track: "coding", level: "intern", question, answer: { kind: "follow_up", prompt, text: "O(n) time, O(n) space." } });
    expect(input.question.text).toBe(prompt);
    expect(input.focusDimension).toBe("complexity");
    expect(input.question.sampleAnswer).toBeUndefined();
    // Only the key points about complexity and the brute force stay: the rest are about other aspects.
    expect(input.question.keyPoints).toEqual(["mention the brute-force O(n^2) nested loop first", "state time complexity O(n) and space complexity O(n)"]);
    expect(input.question.followUps?.map((f) => f.dimension)).toEqual(bank.followUps.filter((f) => f !== complexityFollowUp).map((f) => f.dimension));
  });

  it("focuses a generic or AI follow-up on the weakest dimension of the main answer's score", () => {
    const askedBy = [
      { key: "problem_understanding", score: 6, max: 10 },
      { key: "approach", score: 7, max: 10 },
      { key: "complexity", score: 2, max: 10 },
      { key: "code_quality", score: 2, max: 10 },
      { key: "communication", score: 5, max: 10 },
    ];
    const answer = { kind: "follow_up" as const, prompt: "Can you say more about how your solution scales?", text: "It is linear." };
    expect(buildScoreInput({ track: "coding", level: "intern", question, answer, askedBy }).focusDimension).toBe("complexity");
    // No main score to read: no focus, the whole rubric applies.
    expect(buildScoreInput({ track: "coding", level: "intern", question, answer }).focusDimension).toBeUndefined();
    expect(buildScoreInput({ track: "coding", level: "intern", question, answer }).question.text).toBe(answer.prompt);
  });

  it("keeps no key point when the follow-up shares no topic with any", () => {
    const behavioral = SEED_QUESTIONS.find((q) => q.slug === "bh-mistake-you-made-and-fixed")!;
    expect(relevantKeyPoints("Who did you tell first, and how did you tell them?", behavioral.keyPoints)).toEqual([]);
  });
});

describe("weakestDimension", () => {
  it("compares shares of each maximum, rubric order breaking ties, and ignores empty dimensions", () => {
    expect(weakestDimension([{ key: "a", score: 10, max: 25 }, { key: "b", score: 5, max: 10 }])).toBe("a");
    expect(weakestDimension([{ key: "a", score: 3, max: 10 }, { key: "b", score: 3, max: 10 }])).toBe("a");
    expect(weakestDimension([{ key: "a", score: 0, max: 0 }])).toBeUndefined();
    expect(weakestDimension([])).toBeUndefined();
  });
});

describe("OpenAI prompt", () => {
  it("says a follow-up answer is graded on the dimension it probes, and offers the bank follow-ups", () => {
    const input = buildScoreInput({ track: "coding", level: "intern", question, answer: { kind: "follow_up", prompt: complexityFollowUp.text, text: "O(n)." } });
    const [system, user] = buildMessages(getRubric("coding"), input);
    expect(system?.content).toContain("replies to a follow-up question that probes complexity (Complexity)");
    expect(user?.content).toContain(`Question: ${complexityFollowUp.text}`);
    const main = buildMessages(getRubric("coding"), buildScoreInput({ track: "coding", level: "intern", question, answer: { kind: "answer", prompt: bank.text, text: "x" } }));
    expect(main[0]?.content).not.toContain("replies to a follow-up");
    for (const followUp of bank.followUps) expect(main[1]?.content).toContain(`- ${followUp.dimension}: ${followUp.text}`);
  });
});
