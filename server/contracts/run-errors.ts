/**
 * A sandbox test's error as a stable code with its values: the sandbox (server/code-runner, the
 * browser's workers, the harnesses) writes English, REST keeps that text in `error` and adds
 * `errorCode`, and the results table shows the code in the reader's language (catalog
 * `code.results.errors`). Older stored results carry only the text, so the UI reads codes from the
 * text with the same function. Client-safe: no imports.
 */
export const RUN_ERROR_CODES = [
  "time_limit",
  "memory_limit",
  "not_run",
  "not_allowed",
  "missing_function",
  "not_json_value",
  "list_cycle",
  "tree_too_large",
  "sandbox_failed",
  "sandbox_crashed",
  "sandbox_stopped",
  "interpreter_failed",
  /** The answer's own exception ("ZeroDivisionError: division by zero"): the runtime's words are kept. */
  "exception",
] as const;
export type TRunErrorCode = (typeof RUN_ERROR_CODES)[number];

export interface TRunError {
  code: TRunErrorCode;
  /** The exception's own text (`error`), the line in the answer (`line`), a name or value (`name`, `what`). */
  values: Record<string, string>;
}

/** The harnesses add " (line N)" when the error came from a line of the answer. */
const LINE_SUFFIX = / \(line (\d+)\)$/;

/** Fixed texts of the sandbox, in the order they are tried; the first group is the entry's value. */
const PATTERNS: ReadonlyArray<{ pattern: RegExp; code: TRunErrorCode; name?: "name" | "what" }> = [
  { pattern: /^Time limit exceeded\b/, code: "time_limit" },
  { pattern: /^Memory limit exceeded\b/, code: "memory_limit" },
  { pattern: /^Not run: an earlier test ended the run$/, code: "not_run" },
  { pattern: /^Not allowed: (.+)$/s, code: "not_allowed", name: "what" },
  { pattern: /^(.+) is not defined: keep the name from the starting code$/, code: "missing_function", name: "name" },
  { pattern: /^\w+: the function returned (?:an? )?(.+), which is not a JSON value$/, code: "not_json_value", name: "what" },
  { pattern: /^\w+: the returned list does not end \(a cycle\?\)$/, code: "list_cycle" },
  { pattern: /^\w+: the returned tree is too large \(a cycle\?\)$/, code: "tree_too_large" },
  { pattern: /^The sandbox failed: (.*)$/s, code: "sandbox_failed", name: "what" },
  { pattern: /^The sandbox crashed$/, code: "sandbox_crashed" },
  { pattern: /^The sandbox stopped$/, code: "sandbox_stopped" },
  { pattern: /^the interpreter failed$/, code: "interpreter_failed" },
];

/** The code of a test's error text and its values; anything unrecognised is the answer's own exception. */
export function runErrorOf(error: string): TRunError {
  const line = LINE_SUFFIX.exec(error);
  const text = line ? error.slice(0, line.index) : error;
  for (const { pattern, code, name } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const values: Record<string, string> = name && match[1] !== undefined ? { [name]: match[1] } : {};
    return { code, values: line ? { ...values, line: line[1]! } : values };
  }
  return { code: "exception", values: line ? { error: text, line: line[1]! } : { error: text } };
}
