/**
 * A coding answer's correctness comes from running it, not from its words: the scoring job runs the
 * submitted code against every test of the question (visible and hidden) in the sandbox, and the
 * coding rubric's "code_quality" dimension ("readable working code that handles edge cases") is set
 * from the tests passed. Complexity and communication stay with the analyzer or the AI grader, which
 * sees the results in its prompt. The test table is stored with the score as its evidence.
 */
import { testsFor } from "@/server/code-runner/public-spec";
import { runCode } from "@/server/code-runner/run-code";
import type { TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import type { TCodeLanguage, TScoreTests } from "@/server/contracts/code";
import { computeTotal } from "@/server/contracts/vocabulary/rubrics";
import { MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import { MAX_EVIDENCE_CHARS, type TScore } from "@/server/contracts/vocabulary/score";

export const CORRECTNESS_DIMENSION = "code_quality";
const CORRECTNESS_LABEL = "Correctness (tests)";

export async function runAnswerTests(spec: TCodingSpec, code: string, language: TCodeLanguage): Promise<TScoreTests> {
  const tests = testsFor(spec, "all");
  const hidden = new Set(spec.hiddenTests.map((test) => test.name));
  const result = await runCode({
    language,
    code,
    functionName: spec.functionName,
    tests,
    style: spec.style,
    params: spec.params,
    returns: spec.returns,
    timeLimitMs: spec.timeLimitMs,
  });
  const table = result.tests.map((test) => (hidden.has(test.name) ? { ...test, hidden: true } : test));
  return { ...result, tests: table, language, passed: table.filter((test) => test.passed).length, total: tests.length };
}

/** The text the scorers read: the explanation, then the code as a fenced block, within the answer limit. */
export function answerWithCode(text: string, code: string, language: TCodeLanguage): string {
  const head = text.trim() ? `${text.trim()}\n\n` : "";
  const open = `\`\`\`${language}\n`;
  const close = "\n```";
  const room = Math.max(0, MAX_ANSWER_CHARS - head.length - open.length - close.length);
  return `${head}${open}${code.length > room ? code.slice(0, room) : code}${close}`;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const json = (value: unknown) => (typeof value === "string" && value.includes("characters)") ? value : (JSON.stringify(value) ?? "undefined"));

/** "input [[2,7,11,15],9]: expected [0,1], got [1,0]" (or the error the code raised). */
export function describeFailure(test: TScoreTests["tests"][number], max = 300): string {
  const got = test.error ? test.error : `got ${json(test.actual)}`;
  return clip(`${test.name}${test.hidden ? " (hidden)" : ""}: input ${json(test.input)}, expected ${json(test.expected)}, ${got}`, max);
}

const STATUS_NOTE: Partial<Record<TScoreTests["status"], string>> = {
  time_limit: "a test ran past its time limit, so the tests after it did not run",
  memory_limit: "a test ran out of memory, so the tests after it did not run",
  not_allowed: "the code tried something the sandbox does not allow",
  error: "the code did not load (a syntax error, a missing function or a failing top level)",
};

/**
 * 0–10 from the tests: all passed is 10; otherwise the share passed, scaled to 0–8, so a solution that
 * misses an edge case or the large input's time limit never looks complete. Code that does not load,
 * or breaks the sandbox's rules, earns 0.
 */
export function correctnessFromTests(tests: Pick<TScoreTests, "status" | "passed" | "total">, max = 10): number {
  if (tests.total === 0) return 0;
  if (tests.status === "error" || tests.status === "not_allowed") return 0;
  if (tests.passed === tests.total) return max;
  return Math.round(((tests.passed / tests.total) * (max * 0.8)) * 2) / 2;
}

/** The tests' verdict in one sentence, naming the first failing case. */
export function testsSummary(tests: TScoreTests): string {
  const first = tests.tests.find((test) => !test.passed);
  const counts = `Passed ${tests.passed} of ${tests.total} tests (${tests.language === "python" ? "Python" : "JavaScript"})`;
  if (!first) return `${counts}, the large inputs within their time limit.`;
  const note = STATUS_NOTE[tests.status];
  return `${counts}${note ? `: ${note}` : ""}. First failing test: ${describeFailure(first)}.`;
}

/**
 * The results as the AI grader reads them, outside the candidate's answer: facts from the server. What the
 * code returned or raised is the candidate's text, so it is left out (it could carry instructions).
 */
export function testsForPrompt(tests: TScoreTests): string {
  const lines = tests.tests.map((test) =>
    test.passed ? `- PASS ${test.name}` : `- FAIL ${test.name}: input ${clip(json(test.input), 160)}, expected ${clip(json(test.expected), 80)}${test.error ? " (raised an error or hit a limit)" : ""}`,
  );
  const note = STATUS_NOTE[tests.status];
  return [
    `The server ran the candidate's code against the question's tests: passed ${tests.passed} of ${tests.total}${note ? `; ${note}` : ""}.`,
    `Score ${CORRECTNESS_DIMENSION} on these results (they replace your estimate of correctness); judge complexity, approach and communication from the code and the explanation.`,
    ...lines.slice(0, 20),
  ].join("\n");
}

/** The score with its correctness dimension set from the tests, the first failure in its feedback, and the table attached. */
export function applyCodeTests(score: TScore, tests: TScoreTests | undefined): TScore {
  if (!tests) return score;
  const summary = testsSummary(tests);
  let found = false;
  const dimensions = score.dimensions.map((dimension) => {
    if (dimension.key !== CORRECTNESS_DIMENSION) return dimension;
    found = true;
    const first = tests.tests.find((test) => !test.passed);
    return {
      ...dimension,
      label: CORRECTNESS_LABEL,
      score: correctnessFromTests(tests, dimension.max),
      comment: summary,
      evidence: [clip(`${tests.passed}/${tests.total} tests passed`, MAX_EVIDENCE_CHARS), ...(first ? [clip(describeFailure(first), MAX_EVIDENCE_CHARS)] : [])],
    };
  });
  if (!found) return { ...score, tests };
  const first = tests.tests.find((test) => !test.passed);
  return {
    ...score,
    dimensions,
    total: computeTotal(dimensions),
    feedback: `${summary}\n\n${score.feedback}`.trim(),
    improvements: first ? [`Make ${first.name}${first.hidden ? " (a hidden test)" : ""} pass: ${describeFailure(first, 200)}`, ...score.improvements].slice(0, 4) : score.improvements,
    strengths: first ? score.strengths : [`All ${tests.total} tests pass, hidden edge cases and large inputs included.`, ...score.strengths].slice(0, 4),
    tests,
  };
}
