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
import { answerLength, firstCodePoints, MAX_ANSWER_CHARS, MAX_EVIDENCE_CHARS, type TScore } from "@/server/contracts/vocabulary/score";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { codeTestsText, statusNote } from "@/server/code-runner/code-tests-text";
import { clip, describeFailure, json } from "@/server/code-runner/failure-text";


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
  const open = `\`\`\`${language}\n`;
  const close = "\n```";
  const room = MAX_ANSWER_CHARS - open.length - close.length;
  // Each part may be up to the limit on its own: the code keeps at least half the room (what is run and
  // graded), the explanation what the code leaves, and the code the rest. Counted in code points, as the limit is.
  const codeLength = answerLength(code);
  const head = text.trim() ? firstCodePoints(`${text.trim()}\n\n`, room - Math.min(codeLength, Math.floor(room / 2))) : "";
  return `${head}${open}${firstCodePoints(code, room - answerLength(head))}${close}`;
}

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
export function testsSummary(tests: TScoreTests, language: TLanguage = "en"): string {
  const text = codeTestsText(language);
  const first = tests.tests.find((test) => !test.passed);
  const counts = text.counts(tests.passed, tests.total, tests.language === "python" ? "Python" : "JavaScript");
  if (!first) return text.allPassed(counts);
  const note = statusNote(tests.status, language);
  return text.withFailure(counts, note, describeFailure(first, 300, language));
}

/**
 * The results as the AI grader reads them, outside the candidate's answer: facts from the server. What the
 * code returned or raised is the candidate's text, so it is left out (it could carry instructions).
 */
export function testsForPrompt(tests: TScoreTests): string {
  const lines = tests.tests.map((test) =>
    test.passed ? `- PASS ${test.name}` : `- FAIL ${test.name}: input ${clip(json(test.input), 160)}, expected ${clip(json(test.expected), 80)}${test.error ? " (raised an error or hit a limit)" : ""}`,
  );
  const note = statusNote(tests.status);
  return [
    `The server ran the candidate's code against the question's tests: passed ${tests.passed} of ${tests.total}${note ? `; ${note}` : ""}.`,
    `Score ${CORRECTNESS_DIMENSION} on these results (they replace your estimate of correctness); judge complexity, approach and communication from the code and the explanation.`,
    ...lines.slice(0, 20),
  ].join("\n");
}

/** The score with its correctness dimension set from the tests, the first failure in its feedback, and the table attached. */
export function applyCodeTests(score: TScore, tests: TScoreTests | undefined, language: TLanguage = "en"): TScore {
  if (!tests) return score;
  const text = codeTestsText(language);
  const summary = testsSummary(tests, language);
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
      evidence: [clip(text.evidence(tests.passed, tests.total), MAX_EVIDENCE_CHARS), ...(first ? [clip(describeFailure(first, 300, language), MAX_EVIDENCE_CHARS)] : [])],
    };
  });
  if (!found) return { ...score, tests };
  const first = tests.tests.find((test) => !test.passed);
  return {
    ...score,
    dimensions,
    total: computeTotal(dimensions),
    feedback: `${summary}\n\n${score.feedback}`.trim(),
    improvements: first ? [text.improvement(first.name, Boolean(first.hidden), describeFailure(first, 200, language)), ...score.improvements].slice(0, 4) : score.improvements,
    strengths: first ? score.strengths : [text.strength(tests.total), ...score.strengths].slice(0, 4),
    tests,
  };
}
