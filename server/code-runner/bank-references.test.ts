/**
 * Every coding question in the bank: its reference solutions, in Python and JavaScript, pass all of its
 * examples and hidden tests in the sandbox; and its sample answer's Python is a fenced block that parses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codingQuestions } from "@/db/seed/questions/coding";
import { referenceRunRequest } from "./reference-run";
import { runCode, shutdownCodeRunner, warmCodeRunner } from "./run-code";
import { CODE_LANGUAGES } from "@/server/contracts/vocabulary/code-shapes";

beforeAll(async () => {
  await warmCodeRunner();
}, 180_000);
afterAll(async () => {
  await shutdownCodeRunner();
});

describe("coding bank", () => {
  it("gives every coding question a runnable spec with 2–3 examples and a large hidden test", () => {
    for (const q of codingQuestions) {
      expect(q.coding, q.slug).toBeTruthy();
      expect(q.coding!.examples.length, q.slug).toBeGreaterThanOrEqual(2);
      expect(q.coding!.examples.length, q.slug).toBeLessThanOrEqual(3);
      expect(q.coding!.hiddenTests.some((test) => test.name.startsWith("large")), q.slug).toBe(true);
      expect(q.sampleAnswer, q.slug).toMatch(/```python\n[\s\S]+?\n```/);
    }
  });

  it("passes every reference solution against all of its tests, in both languages", async () => {
    const runs = codingQuestions.flatMap((q) =>
      CODE_LANGUAGES.map(async (language) => {
        // A loaded CI machine is slower than the answer's budget assumes; the bank's own limit is checked below.
        const result = await runCode(referenceRunRequest(q.coding!, language, 3));
        const failures = result.tests.filter((test) => !test.passed).map((test) => `${test.name}: ${test.error ?? JSON.stringify(test.actual).slice(0, 200)}`);
        return { slug: q.slug, language, status: result.status, failures, ms: result.ms };
      }),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.status !== "passed")).toEqual([]);
  }, 240_000);

  it("loads every sample answer's Python (fenced, indented, no syntax error)", async () => {
    const results = await Promise.all(
      codingQuestions.map(async (q) => {
        const code = /```python\n([\s\S]+?)\n```/.exec(q.sampleAnswer)![1]!;
        const spec = q.coding!;
        const result = await runCode({ language: "python", code, functionName: spec.functionName, style: spec.style, params: spec.params, returns: spec.returns, tests: spec.examples, timeLimitMs: 5000 });
        return { slug: q.slug, errors: result.tests.map((test) => test.error ?? "").filter((error) => /SyntaxError|IndentationError/.test(error)) };
      }),
    );
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);
  }, 120_000);
});
