/**
 * runCode: runs an answer against tests in the sandbox and compares what it returned. The status of a run:
 * - "not_allowed" / "memory_limit" / "time_limit" when any test ended so (the run stops there; later tests are "not run"),
 * - "error" when the code could not load (a syntax error, a missing function, a failing top level),
 * - "failed" when a test's value differed or the function raised, otherwise "passed".
 */
import { getEnv } from "@/server/env";
import { MAX_CODE_CHARS } from "@/server/contracts/code";
import { functionNameFor } from "@/server/contracts/code-compare";
import { expand } from "./generate";
import { CodeRunnerPool } from "./pool";
import { camelCalls, shown, summarize } from "@/server/contracts/code-summary";
import type { TCodeTest, TRunRequest, TRunResult } from "@/server/contracts/vocabulary/code-shapes";

const DEFAULT_MEMORY_MB = 256;

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

interface TPrepared extends TCodeTest {
  argsJson: string;
  shownInput: ReturnType<typeof shown>[];
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
