/**
 * A coding answer's test results in its score speak the candidate's interface language (#18): the
 * correctness comment and evidence, the first failing test in the feedback, the improvement or the
 * strength; a sandbox error in the results table's words, the answer's own exception as written.
 */
import { describe, expect, it } from "vitest";
import type { TScoreTests } from "@/server/contracts/code";
import { computeTotal } from "@/server/contracts/vocabulary/rubrics";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { applyCodeTests } from "@/server/scoring/code-tests";

function run(status: TScoreTests["status"], tests: TScoreTests["tests"]): TScoreTests {
  return { status, tests, ms: 5, stdout: "", language: "python", passed: tests.filter((test) => test.passed).length, total: tests.length };
}

const SCORE: TScore = (() => {
  const dimensions = ["problem_understanding", "approach", "complexity", "code_quality", "communication"].map((key) => ({ key, label: key, score: 6, max: 10, comment: "—", evidence: [] }));
  return { total: computeTotal(dimensions), dimensions, strengths: [], improvements: [], feedback: "", sampleAnswer: "", followUp: null, flags: [], scoredBy: { provider: "builtin", model: "m", rubricVersion: "v" }, tokens: null, latencyMs: 1 };
})();

const FAILING = run("time_limit", [
  { name: "basic", passed: true, input: [1], expected: 1, actual: 1 },
  { name: "zero", passed: false, input: [0], expected: 1, actual: null, error: "ZeroDivisionError: division by zero (line 3)" },
  { name: "large", passed: false, input: [9], expected: 1, actual: null, error: "Time limit exceeded", hidden: true },
  { name: "rest", passed: false, input: [2], expected: 1, actual: null, error: "Not run: an earlier test ended the run" },
]);
const PASSING = run("passed", [{ name: "basic", passed: true, input: [1], expected: 1, actual: 1 }]);

const ENGLISH = /\b(Passed|tests?|First failing|input|expected|got|Make|pass|hidden|Time limit|Not run|line)\b/;

const texts = (score: TScore) => {
  const dimension = score.dimensions.find((d) => d.key === "code_quality")!;
  return [score.feedback, dimension.comment, ...dimension.evidence, ...score.improvements, ...score.strengths];
};

describe("coding test results in the feedback's language", () => {
  it.each([
    ["ru", "Пройдено тестов: 1 из 4 (Python): один из тестов превысил лимит времени", "Первый непройденный тест: zero: вход 0, ожидалось 1, ZeroDivisionError: division by zero (строка 3)", "Добейтесь, чтобы тест zero проходил"],
    ["ko", "테스트 4개 중 1개 통과 (Python): 한 테스트가 시간 제한을 넘겨", "첫 번째 실패 테스트: zero: 입력 0, 기대값 1, ZeroDivisionError: division by zero (3번째 줄)", "zero 테스트를 통과하도록 고치세요"],
  ] as const)("%s: the failing run", (locale, counts, failure, improvement) => {
    const score = applyCodeTests(SCORE, FAILING, locale);
    expect(score.feedback).toContain(counts);
    expect(score.feedback).toContain(failure);
    expect(score.improvements[0]).toContain(improvement);
    // Only the answer's own exception and the values stay as written.
    for (const text of texts(score)) expect(text.replace(/ZeroDivisionError: division by zero/g, ""), text).not.toMatch(ENGLISH);
  });

  it.each(["ru", "ko"] as const)("%s: all tests passed, and the sandbox's own errors in its words", (locale) => {
    const score = applyCodeTests(SCORE, PASSING, locale);
    for (const text of texts(score)) expect(text).not.toMatch(ENGLISH);
    const limit = applyCodeTests(SCORE, run("time_limit", [FAILING.tests[2]!]), locale);
    expect(limit.feedback).toContain(locale === "ru" ? "Превышено время выполнения" : "시간 제한 초과");
  });

  it.each(["en", "ru", "ko"] as const)("%s: a failing hidden test is named without its input, expected value or error text", (locale) => {
    const leaky = run("failed", [
      { name: "basic", passed: true, input: [1], expected: 1, actual: 1 },
      { name: "secret", passed: false, input: [[5, 4, -1]], expected: 8, actual: null, error: "ValueError: got [5, 4, -1] (line 2)", hidden: true },
    ]);
    const score = applyCodeTests(SCORE, leaky, locale);
    for (const text of texts(score)) expect(text).not.toMatch(/5, 4, -1|5,4,-1|\b8\b|ValueError/);
    expect(score.feedback).toContain("secret");
    // A limit it hit says nothing of its values, and is named.
    const limit = applyCodeTests(SCORE, run("time_limit", [FAILING.tests[2]!]), locale);
    expect(limit.feedback).toContain({ en: "Time limit exceeded", ru: "Превышено время выполнения", ko: "시간 제한 초과" }[locale]);
  });

  it("English stays as it was", () => {
    const score = applyCodeTests(SCORE, FAILING);
    expect(score.feedback).toContain("Passed 1 of 4 tests (Python): a test ran past its time limit, so the tests after it did not run. First failing test: zero: input 0, expected 1, ZeroDivisionError: division by zero (line 3).");
    expect(score.improvements[0]).toBe("Make zero pass: zero: input 0, expected 1, ZeroDivisionError: division by zero (line 3)");
    expect(applyCodeTests(SCORE, PASSING).strengths[0]).toBe("All 1 tests pass, hidden edge cases and large inputs included.");
  });
});
