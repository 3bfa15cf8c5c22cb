/**
 * A run's outcomes turned into its result: shared by the server's runCode (server/code-runner) and the
 * browser's "Run tests" (app/_components/code/browser-runner.ts), so both read a run the same way.
 * Pure and client-safe: no Node APIs.
 */
import { compareResult, functionNameFor } from "./code-compare";
import { runErrorOf } from "./run-errors";
import type { TCodeTest, TJson, TRunResult, TRunStatus, TTestResult } from "./vocabulary/code-shapes";

export type TOutcomeKind = "ok" | "error" | "time_limit" | "memory_limit" | "not_allowed" | "not_run";
export interface TOutcome {
  kind: TOutcomeKind;
  value?: unknown;
  error?: string;
  /** Time the test took (the browser sandbox measures it). */
  ms?: number;
}

/** Inputs shown back in a result are cut, so a 100,000-number input does not travel to a browser. */
const SHOWN_CHARS = 2000;

export function shown(value: TJson): TJson {
  const json = JSON.stringify(value);
  if (json === undefined || json.length <= SHOWN_CHARS) return value;
  return `${json.slice(0, SHOWN_CHARS)}… (${json.length.toLocaleString("en-US")} characters)`;
}

/** A design question's calls name snake_case methods; JavaScript classes spell them in camelCase. */
export function camelCalls(args: TJson[]): TJson[] {
  const [ctorArgs, calls] = args;
  if (!Array.isArray(calls)) return args;
  return [ctorArgs ?? [], calls.map((call) => (Array.isArray(call) ? [functionNameFor("javascript", String(call[0])), ...call.slice(1)] : call))];
}

const LIMIT_KINDS = ["not_allowed", "memory_limit", "time_limit"] as const;

export function summarize(
  tests: Array<TCodeTest & { shownInput?: TJson[] }>,
  outcomes: TOutcome[],
  loadError: TOutcome | null,
  ms: number,
  stdout: string,
): TRunResult & { tests: Array<TTestResult & { ms?: number }> } {
  const limit = LIMIT_KINDS.find((kind) => [...outcomes, loadError].some((o) => o?.kind === kind));
  const results = tests.map((test, i) => {
    const outcome: TOutcome = loadError ?? outcomes[i] ?? { kind: "not_run", error: "Not run: an earlier test ended the run" };
    const passed = outcome.kind === "ok" && compareResult((outcome.value ?? null) as TJson, test.expected, test.compare);
    const result: TTestResult & { ms?: number } = {
      name: test.name,
      passed,
      input: test.shownInput ?? test.args.map(shown),
      expected: shown(test.expected),
      actual: outcome.kind === "ok" ? shown((outcome.value ?? null) as TJson) : null,
    };
    if (outcome.kind !== "ok" && outcome.error) {
      result.error = outcome.error;
      result.errorCode = runErrorOf(outcome.error).code;
    }
    if (outcome.ms !== undefined && !loadError) result.ms = Math.round(outcome.ms);
    return result;
  });
  let status: TRunStatus;
  if (limit) status = limit;
  else if (loadError || outcomes.some((o) => o.kind === "error" && runErrorOf(o.error ?? "").code === "missing_function")) status = "error";
  else status = results.every((r) => r.passed) ? "passed" : "failed";
  return { status, tests: results, ms: Math.round(ms), stdout };
}
