/**
 * Scores stored before hidden values stayed on the server quote them in their words ("all positive
 * (hidden): input [5,4,-1,7,8], expected 23, got 22"), and an AI grader sees the failing tests' values
 * in its prompt and may repeat them. The candidate's view takes both out; the stored score keeps them.
 */
import { describe, expect, it } from "vitest";
import type { TScoreTests } from "@/server/contracts/code";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { describeFailure, formerHiddenFailure } from "@/server/code-runner/failure-text";
import { candidateScore } from "./candidate-score";

const hiddenRow = { name: "all positive", passed: false, hidden: true, input: [[5, 4, -1, 7, 8]], expected: 23, actual: 22 };
const visibleRow = { name: "example", passed: true, input: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6, actual: 6 };
const tests: TScoreTests = { status: "failed", tests: [visibleRow, hiddenRow], ms: 12, stdout: "[5, 4, -1, 7, 8]\n", language: "python", passed: 1, total: 2 };

function scoreWith(words: string): TScore {
  return {
    total: 50,
    dimensions: [{ key: "code_quality", label: "Correctness", score: 5, max: 10, comment: words, evidence: ["1/2 tests passed"] }],
    strengths: ["Passed 23 tests of another run (a short number elsewhere stays)."],
    improvements: [words],
    feedback: words,
    sampleAnswer: "def max_subarray(nums): ...",
    followUp: `What does your code return for [5, 4, -1, 7, 8]?`,
    flags: [],
    scoredBy: { provider: "builtin", model: "rehearse-analyzer", rubricVersion: "1" },
    tokens: null,
    latencyMs: 0,
    tests,
  };
}

describe("a candidate's view of a coding score's words", () => {
  it("replaces a hidden failure quoted the old way, in each language, by its hidden form", () => {
    for (const language of ["en", "ru", "ko"] as const) {
      const old = formerHiddenFailure(hiddenRow, language);
      expect(old).toContain("[5,4,-1,7,8]");
      const view = candidateScore(scoreWith(`First failing test: ${old}.`));
      expect(view.feedback, language).toBe(`First failing test: ${describeFailure(hiddenRow, 300, language)}.`);
      expect(view.dimensions[0]!.comment, language).not.toContain("[5,4,-1,7,8]");
      expect(JSON.stringify(view), language).not.toMatch(/expected 23|ожидалось 23/);
    }
  });

  it("takes out a hidden value a grader retyped (spaces, quotes), keeps short numbers elsewhere and the visible test's values", () => {
    const view = candidateScore(scoreWith("It fails on [5, 4, -1, 7, 8] although the example [-2,1,-3,4,-1,2,1,-5,4] passes."));
    expect(view.feedback).toBe("It fails on … although the example [-2,1,-3,4,-1,2,1,-5,4] passes.");
    expect(view.followUp).toBe("What does your code return for …?");
    expect(view.strengths).toEqual(["Passed 23 tests of another run (a short number elsewhere stays)."]);
    expect(view.tests?.tests[1]).toEqual({ name: "all positive", passed: false, hidden: true });
    expect(view.tests?.stdout).toBe("");
    // The candidate's own answer quoted as evidence is theirs, and the stored score is unchanged.
    expect(view.dimensions[0]!.evidence).toEqual(["1/2 tests passed"]);
  });

  it("a score without hidden tests, or whose hidden rows were already cut, is returned as it is", () => {
    const plain = { ...scoreWith("Fails on [5, 4, -1, 7, 8]."), tests: { ...tests, tests: [visibleRow] } };
    expect(candidateScore(plain)).toEqual(plain);
    const cut = { ...scoreWith("Fails on [5, 4, -1, 7, 8]."), tests: { ...tests, tests: [visibleRow, { name: "all positive", passed: false, hidden: true }] } };
    expect(candidateScore(cut).feedback).toBe("Fails on [5, 4, -1, 7, 8].");
  });
});
