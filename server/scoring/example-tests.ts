/**
 * Runs an answer's code on the examples its question states (question-examples.ts), for coding
 * questions that have no test suite of their own: ad-hoc analysis (POST /analysis) and free-text
 * coding questions. Only a clear verdict is returned: the code loaded, ran and got an example wrong
 * (a wrong value, an exception, a time limit). Code that does not load in the sandbox, a function
 * that cannot be found or whose parameters do not fit the examples, or a runner that is busy give no
 * verdict, so a snippet written for the reader is never failed on what the server could not run.
 */
import { runCode } from "@/server/code-runner/run-code";
import type { TCodeLanguage, TScoreTests } from "@/server/contracts/code";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { logger } from "@/server/logger";
import { findCodeRanges } from "@/server/scoring/builtin/text";
import { exampleTests, questionExamples } from "@/server/scoring/question-examples";

export type TAnswerFunction = {
  language: TCodeLanguage;
  code: string;
  /** What the runner calls: the function itself, or the wrapper around a `class Solution` method. */
  functionName: string;
  /** The function's name as the answer wrote it (the method's, for a class), which a call-form example must name. */
  definedAs: string;
};

/** The test names in the feedback's language: "example 1" (the feedback quotes them). */
const EXAMPLE_NAME: Readonly<Record<TLanguage, string>> = { en: "example", ru: "пример", ko: "예시" };
/** Each example is small: a second is plenty, and a loop that never ends costs no more. */
const EXAMPLE_TIME_LIMIT_MS = 2000;
/** Questions whose examples write linked lists or trees as lists, which the function takes as nodes. */
const NODE_INPUTS = /\blinked list|\bbinary (?:search )?tree|\btree ?node|\blist ?node|\bListNode|\bTreeNode/i;
/** Typing names a snippet uses without importing them (`List[int]`): not a bug an interviewer would count. */
const PYTHON_PRELUDE = "from typing import *\n";
const ENTRY = "rehearse_example_entry";

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * The answer's code: fenced blocks and bare code lines, without fences, dedented. An indented line
 * between two code lines, at least as deep as them, belongs to the block: the analyzer's line-by-line
 * reading leaves out the ambiguous ones ("best = 0"), which the code cannot run without.
 */
function codeOf(answer: string): string {
  const ranges = findCodeRanges(answer);
  const lines: Array<{ text: string; code: boolean }> = [];
  let offset = 0;
  for (const text of answer.split("\n")) {
    const end = offset + text.length;
    lines.push({ text, code: ranges.some((range) => range.start < end + 1 && range.end > offset) });
    offset = end + 1;
  }
  const codeAt = lines.flatMap((line, index) => (line.code && line.text.trim() ? [index] : []));
  for (let k = 1; k < codeAt.length; k += 1) {
    const [from, to] = [codeAt[k - 1]!, codeAt[k]!];
    // At least one space deep: prose between two fenced blocks (at the margin) is never taken for code.
    const floor = Math.max(1, Math.min(indentOf(lines[from]!.text), indentOf(lines[to]!.text)));
    const between = lines.slice(from + 1, to);
    if (between.every((line) => !line.text.trim() || indentOf(line.text) >= floor)) for (const line of between) line.code = true;
  }
  const code = lines.filter((line) => line.code && !/^\s*```/.test(line.text)).map((line) => line.text);
  const indent = Math.min(...code.filter((line) => line.trim()).map(indentOf));
  return code.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join("\n").trim();
}

/** Parameters split at top-level commas (`d: Dict[str, int]` is one), with how many have no default. */
function arityOf(params: string): { required: number; total: number } {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of params) {
    if ("[({".includes(char)) depth += 1;
    if ("])}".includes(char)) depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  const names = parts.map((part) => part.trim()).filter((part) => part && part !== "self" && part !== "cls" && part !== "/" && part !== "*");
  if (names.some((name) => name.startsWith("*") || name.startsWith("..."))) return { required: names.filter((name) => !name.includes("=") && !name.startsWith("*") && !name.startsWith("...")).length, total: Infinity };
  return { required: names.filter((name) => !name.includes("=")).length, total: names.length };
}

type TDefinition = { name: string; indent: number; arity: { required: number; total: number }; method: boolean };

function definitionsOf(code: string, language: TCodeLanguage): TDefinition[] {
  const found: TDefinition[] = [];
  const patterns =
    language === "python"
      ? [/^([ \t]*)def\s+(\w+)\s*\(([^)]*)\)/gm]
      : [/^([ \t]*)(?:export\s+)?(?:async\s+)?function\s*\*?\s*(\w+)\s*\(([^)]*)\)/gm, /^([ \t]*)(?:export\s+)?(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s*)?(?:function\s*\w*\s*)?\(([^)]*)\)/gm];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const params = match[3] ?? "";
      found.push({ name: match[2]!, indent: match[1]!.length, arity: arityOf(params), method: /^\s*self\b/.test(params) });
    }
  }
  return found;
}

/**
 * The function that answers the question: defined at the top level (or as a method of a LeetCode-style
 * `class Solution`, called through a wrapper), taking as many arguments as the examples give, and
 * preferably called by no other function of the answer (helpers are).
 */
export function answerFunction(answer: string, arity: number): TAnswerFunction | null {
  const code = codeOf(answer);
  if (!code) return null;
  const language: TCodeLanguage | null = /^\s*def\s+\w+\s*\(/m.test(code) ? "python" : /\bfunction\b|=>/.test(code) ? "javascript" : null;
  if (!language) return null;
  const fits = definitionsOf(code, language).filter((d) => d.arity.required <= arity && arity <= d.arity.total);
  const solutionClass = language === "python" && /^class\s+Solution\b/m.test(code);
  const usable = fits.filter((d) => (d.method ? solutionClass && d.indent > 0 : d.indent === 0));
  const calledElsewhere = (name: string) => (code.match(new RegExp(`\\b${name}\\s*\\(`, "g"))?.length ?? 0) > 1;
  const chosen = usable.find((d) => !calledElsewhere(d.name)) ?? usable[0];
  if (!chosen) return null;
  if (language === "javascript") return { language, code, functionName: chosen.name, definedAs: chosen.name };
  const entry = chosen.method ? `\n\ndef ${ENTRY}(*args):\n    return Solution().${chosen.name}(*args)\n` : "";
  return { language, code: `${PYTHON_PRELUDE}${code}${entry}`, functionName: chosen.method ? ENTRY : chosen.name, definedAs: chosen.name };
}

/** A verdict the examples give: some failed on code that ran. */
function isClearFailure(tests: TScoreTests): boolean {
  return tests.passed < tests.total && (tests.status === "failed" || tests.status === "time_limit" || tests.status === "memory_limit");
}

/**
 * The answer's code run on the question's examples, when that shows the code wrong (else undefined:
 * all examples passed, or nothing could be run). The result is scored like a test suite's.
 */
export async function failedQuestionExamples(question: string, answer: string, language: TLanguage): Promise<TScoreTests | undefined> {
  if (NODE_INPUTS.test(question)) return undefined;
  const examples = questionExamples(question);
  if (examples.length === 0) return undefined;
  const target = answerFunction(answer, examples[0]!.args.length);
  if (!target) return undefined;
  const tests = exampleTests(examples, question, target.definedAs, (index) => `${EXAMPLE_NAME[language]} ${index}`);
  if (tests.length === 0) return undefined;
  try {
    const result = await runCode({ language: target.language, code: target.code, functionName: target.functionName, tests, timeLimitMs: EXAMPLE_TIME_LIMIT_MS });
    const scored: TScoreTests = { ...result, language: target.language, passed: result.tests.filter((test) => test.passed).length, total: tests.length };
    return isClearFailure(scored) ? scored : undefined;
  } catch (error) {
    // A busy or stopping runner is no verdict on the code: the answer is scored without it.
    logger().warn({ err: error }, "running a question's examples failed");
    return undefined;
  }
}
