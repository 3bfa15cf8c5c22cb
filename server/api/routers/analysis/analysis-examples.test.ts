/**
 * POST /analysis on a coding question runs the answer's code on the examples the question states:
 * code that gets them wrong is graded on that, with the failing example in the feedback, whatever
 * the explanation claims. Through the real REST handler and the real sandbox.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shutdownCodeRunner, warmCodeRunner } from "@/server/code-runner/run-code";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { bearerTestUser } from "@/test/helpers/rest-actor";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);

beforeAll(async () => {
  await warmCodeRunner();
}, 120_000);
afterAll(() => shutdownCodeRunner());

const QUESTION =
  "Write a function that returns how many times the most frequent word appears in a sentence, ignoring case. For example, \"the cat and The dog\" returns 2, and \"one two three\" returns 1.";
const explained = (code: string) =>
  `I lower-case the sentence, split it on spaces and count each word in a dictionary, then take the largest count. Edge cases: an empty sentence returns 0, and repeated spaces are skipped by split().\n\n\`\`\`python\n${code}\n\`\`\`\n\nIt is O(n) time and O(k) space for k distinct words.`;
const RIGHT = `def most_frequent_count(sentence):\n    counts = {}\n    for word in sentence.lower().split():\n        counts[word] = counts.get(word, 0) + 1\n    return max(counts.values(), default=0)`;
// Forgets the case: "the" and "The" count apart.
const WRONG = `def most_frequent_count(sentence):\n    counts = {}\n    for word in sentence.split():\n        counts[word] = counts.get(word, 0) + 1\n    return max(counts.values(), default=0)`;

async function analyse(authorization: string, answer: string): Promise<TScore> {
  const response = await handle(
    new Request("http://localhost:3999/api/v1/analysis", {
      method: "POST",
      headers: { authorization, "content-type": "application/json" },
      body: JSON.stringify({ track: "coding", level: "junior", question: QUESTION, answer }),
    }),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { score: TScore }).score;
}

describe("POST /analysis runs a coding answer on the question's examples", () => {
  it("grades code that fails an example on the tests, names the example, and leaves code that passes to the analyzer", async () => {
    const { authorization } = await bearerTestUser(db, "analysis-examples");
    const wrong = await analyse(authorization, explained(WRONG));
    const right = await analyse(authorization, explained(RIGHT));

    expect(wrong.tests).toMatchObject({ status: "failed", passed: 1, total: 2 });
    expect(wrong.tests?.tests[0]).toMatchObject({ name: "example 1", passed: false, expected: 2, actual: 1 });
    const correctness = wrong.dimensions.find((dimension) => dimension.key === "code_quality")!;
    expect(correctness.label).toBe("Correctness (tests)");
    expect(correctness.score).toBeLessThanOrEqual(correctness.max * 0.4);
    expect(wrong.feedback).toContain("example 1");
    expect(wrong.total).toBeLessThan(right.total);
    // The right code passes both: no test table, the analyzer's own reading stands.
    expect(right.tests).toBeUndefined();
  }, 60_000);
});
