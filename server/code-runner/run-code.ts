/**
 * runCode: runs an answer against tests in the sandbox and compares what it returned. The status of a run:
 * - "not_allowed" / "memory_limit" / "time_limit" when any test ended so (the run stops there; later tests are "not run"),
 * - "error" when the code could not load (a syntax error, a missing function, a failing top level),
 * - "failed" when a test's value differed or the function raised, otherwise "passed".
 */
import { getEnv } from "@/server/env";
import { compareResult, functionNameFor } from "./compare";
import { expand } from "./generate";
import { CodeRunnerPool, type TOutcome } from "./pool";
import type { TCodeTest, TJson, TRunRequest, TRunResult, TRunStatus, TTestResult } from "./types";

const DEFAULT_MEMORY_MB = 256;
const MAX_CODE_CHARS = 100_000;
/** Inputs shown back in a result are cut, so a 100,000-number input does not travel to a browser. */
const SHOWN_CHARS = 2000;

let pool: CodeRunnerPool | undefined;

export function getCodeRunnerPool(): CodeRunnerPool {
  pool ??= new CodeRunnerPool(getEnv().CODE_RUNNER_WORKERS);
  return pool;
}

/** Starts the workers ahead of the first run (Pyodide takes ~2 s to load). */
export async function warmCodeRunner(): Promise<void> {
  await getCodeRunnerPool().warm();
}

export async function shutdownCodeRunner(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.close();
}

function shown(value: TJson): TJson {
  const json = JSON.stringify(value);
  if (json === undefined || json.length <= SHOWN_CHARS) return value;
  return `${json.slice(0, SHOWN_CHARS)}… (${json.length.toLocaleString("en-US")} characters)`;
}

interface TPrepared extends TCodeTest {
  argsJson: string;
  shownInput: TJson[];
}

/**
 * Expanded tests, kept for the next run of the same question: expanding and serialising a 100,000-number
 * input costs the web process a few milliseconds, and the same hidden tests run again and again.
 */
const preparedCache = new Map<string, TPrepared>();
let preparedChars = 0;
const PREPARED_CACHE_CHARS = 16_000_000;

function prepared(test: TCodeTest): TPrepared {
  const key = JSON.stringify([test.name, test.args, test.expected, test.compare ?? null]);
  const cached = preparedCache.get(key);
  if (cached) return cached;
  const args = test.args.map(expand);
  const argsJson = JSON.stringify(args);
  const entry: TPrepared = { ...test, args, expected: expand(test.expected), argsJson, shownInput: args.map(shown) };
  if (argsJson.length < PREPARED_CACHE_CHARS / 4) {
    preparedCache.set(key, entry);
    preparedChars += argsJson.length;
    for (const [oldKey, old] of preparedCache) {
      if (preparedChars <= PREPARED_CACHE_CHARS) break;
      preparedCache.delete(oldKey);
      preparedChars -= old.argsJson.length;
    }
  }
  return entry;
}

/** A design question's calls name snake_case methods; JavaScript classes spell them in camelCase. */
function camelCalls(args: TJson[]): TJson[] {
  const [ctorArgs, calls] = args;
  if (!Array.isArray(calls)) return args;
  return [ctorArgs ?? [], calls.map((call) => (Array.isArray(call) ? [functionNameFor("javascript", String(call[0])), ...call.slice(1)] : call))];
}

const LIMIT_KINDS = ["not_allowed", "memory_limit", "time_limit"] as const;

export async function runCode(request: TRunRequest): Promise<TRunResult> {
  if (request.code.length > MAX_CODE_CHARS) {
    return { status: "error", tests: [], ms: 0, stdout: `The code is longer than ${MAX_CODE_CHARS.toLocaleString("en-US")} characters` };
  }
  const expanded = request.tests.map(prepared);
  const raw = await getCodeRunnerPool().run({
    language: request.language,
    code: request.code,
    functionName: request.style === "class" ? request.functionName : functionNameFor(request.language, request.functionName),
    style: request.style ?? "function",
    params: request.params ?? [],
    returns: request.returns ?? "json",
    tests: expanded.map((test) => (request.style === "class" && request.language === "javascript" ? JSON.stringify(camelCalls(test.args)) : test.argsJson)),
    timeLimitMs: request.timeLimitMs,
    memoryLimitMb: request.memoryLimitMb ?? DEFAULT_MEMORY_MB,
  });
  return summarize(expanded, raw.results, raw.loadError, raw.ms, raw.stdout + (raw.truncated ? "\n… (output truncated)" : ""));
}

function summarize(tests: TPrepared[], outcomes: TOutcome[], loadError: TOutcome | null, ms: number, stdout: string): TRunResult {
  const limit = LIMIT_KINDS.find((kind) => [...outcomes, loadError].some((o) => o?.kind === kind));
  const results: TTestResult[] = tests.map((test, i) => {
    const outcome: TOutcome = loadError ?? (outcomes[i] ?? { kind: "not_run", error: "Not run: an earlier test ended the run" });
    const passed = outcome.kind === "ok" && compareResult((outcome.value ?? null) as TJson, test.expected, test.compare);
    const result: TTestResult = { name: test.name, passed, input: test.shownInput, expected: shown(test.expected), actual: outcome.kind === "ok" ? shown((outcome.value ?? null) as TJson) : null };
    if (outcome.kind !== "ok" && outcome.error) result.error = outcome.error;
    return result;
  });
  let status: TRunStatus;
  if (limit) status = limit;
  else if (loadError || outcomes.some((o) => o.kind === "error" && /is not defined: keep the name/.test(o.error ?? ""))) status = "error";
  else status = results.every((r) => r.passed) ? "passed" : "failed";
  return { status, tests: results, ms: Math.round(ms), stdout };
}
