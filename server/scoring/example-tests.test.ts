/**
 * The answer's code run on the question's own examples in the real sandbox (Pyodide, QuickJS): a
 * clear failure is a verdict; code the server could not run, or that passes, gives none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shutdownCodeRunner, warmCodeRunner } from "@/server/code-runner/run-code";
import { answerFunction, failedQuestionExamples } from "./example-tests";

beforeAll(async () => {
  await warmCodeRunner();
}, 120_000);
afterAll(() => shutdownCodeRunner());

const QUESTION = "Write a function that returns the second largest distinct value in a list, or None if there is none. For example, [4, 9, 9, 2] returns 4, and [5, 5] returns None.";
const fenced = (code: string, language = "python") => `I keep the two largest distinct values seen so far.\n\n\`\`\`${language}\n${code}\n\`\`\`\n\nIt is one pass, O(n) time.`;

const RIGHT = `def second_largest(values: List[int]) -> Optional[int]:
    first = second = None
    for v in values:
        if first is None or v > first:
            first, second = v, first
        elif v != first and (second is None or v > second):
            second = v
    return second`;
const WRONG = `def second_largest(values):
    ordered = sorted(values)
    return ordered[-2] if len(ordered) > 1 else None`;

describe("running the question's examples on the answer's code", () => {
  it("a wrong answer fails an example: the verdict names it, its input, the expected value and what the code returned", async () => {
    const tests = await failedQuestionExamples(QUESTION, fenced(WRONG), "en");
    expect(tests).toMatchObject({ status: "failed", language: "python", passed: 0, total: 2 });
    expect(tests?.tests[0]).toMatchObject({ name: "example 1", passed: false, input: [[4, 9, 9, 2]], expected: 4, actual: 9 });
    expect((await failedQuestionExamples(QUESTION, fenced(WRONG), "ru"))?.tests[0]?.name).toBe("пример 1");
  });

  it("a right answer gives no verdict, typing names used without an import included", async () => {
    expect(await failedQuestionExamples(QUESTION, fenced(RIGHT), "en")).toBeUndefined();
  });

  it("finds the function in bare indented code, a LeetCode-style class and JavaScript, and skips helpers", async () => {
    // The helper is called by the solution, so it is not the entry point.
    const bare = `Keep the two largest:\n\n    def helper(x):\n        return x\n\n${RIGHT.replace("return second", "return helper(second)").replace(/^/gm, "    ")}\n\nDone.`;
    expect(answerFunction(bare, 1)?.functionName).toBe("second_largest");
    expect(await failedQuestionExamples(QUESTION, bare, "en")).toBeUndefined();
    const leetcode = `class Solution:\n    def secondLargest(self, values):\n        ordered = sorted(values)\n        return ordered[-2] if len(ordered) > 1 else None`;
    expect((await failedQuestionExamples(QUESTION, fenced(leetcode), "en"))?.tests[0]).toMatchObject({ passed: false, actual: 9 });
    const js = `function secondLargest(values) {\n  const distinct = [...new Set(values)].sort((a, b) => b - a);\n  return distinct.length > 1 ? distinct[1] : null;\n}`;
    expect(await failedQuestionExamples(QUESTION, fenced(js, "javascript"), "en")).toBeUndefined();
  }, 60_000);

  it("gives no verdict on what it cannot run fairly: no code, code that does not load, a function of other parameters, node inputs", async () => {
    expect(await failedQuestionExamples(QUESTION, "I would sort the values and take the second distinct one from the end.", "en")).toBeUndefined();
    expect(await failedQuestionExamples(QUESTION, fenced("def second_largest(values):\n    return values[-2\n"), "en")).toBeUndefined();
    expect(await failedQuestionExamples(QUESTION, fenced("def second_largest(values, k, extra):\n    return None"), "en")).toBeUndefined();
    expect(await failedQuestionExamples(`Given the head of a linked list, ${QUESTION}`, fenced(WRONG), "en")).toBeUndefined();
  });
});

describe("the answer's code", () => {
  it("takes the lines a bare block needs, but not prose between two fenced blocks", () => {
    const twoBlocks = "First the helper:\n\n```python\ndef helper(x):\n    return x\n```\n\nThen the solution uses it.\n\n```python\ndef second_largest(values):\n    return helper(sorted(set(values))[-2]) if len(set(values)) > 1 else None\n```";
    const code = answerFunction(twoBlocks, 1)?.code ?? "";
    expect(code).not.toContain("Then the solution uses it.");
    expect(code).toContain("def second_largest(values):");
  });
});
