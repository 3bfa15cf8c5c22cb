/**
 * Shapes of the coding part of a question and of a sandbox run. JSON values only, so a question's
 * tests can live in a jsonb column and travel to a worker thread unchanged.
 */
export type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson };

import type { TRunErrorCode } from "../run-errors";
import { CALL_STYLES, CODE_COMPARES, CODE_LANGUAGES, PARAM_KINDS, RUN_STATUSES, type TCodeLanguage } from "../code";

export { CODE_LANGUAGES, RUN_STATUSES, type TCodeLanguage };

/**
 * How an answer's value is compared with `expected` (server/code-runner/compare.ts):
 * - "exact" (default): deep JSON equality; numbers equal within 1e-6 (a median of 1.5 or 1.5000000001).
 * - "unordered": the top-level array may come back in any order (its items compared exactly).
 */
export type TCompare = (typeof CODE_COMPARES)[number];

/**
 * One test. `args` are passed to the function in order; a value may be a generator spec
 * (`{ "$gen": ... }`, server/code-runner/generate.ts) expanded on the server before the run,
 * so large inputs are stored in a few bytes. `expected` may be a generator spec too.
 */
export interface TCodeTest {
  name: string;
  args: TJson[];
  expected: TJson;
  compare?: TCompare;
}

/**
 * How the harness turns JSON arguments into the objects the function takes, and the return value back:
 * - "json": as is.
 * - "list": an array becomes a singly linked ListNode(val, next) chain (null for []); and back.
 * - "tree": a level-order array with nulls for gaps (LeetCode's format) becomes TreeNode(val, left, right); and back.
 * - "cycle_list": `[values, pos]`: a linked list whose tail points at index pos (-1: no cycle).
 */
export type TParamKind = (typeof PARAM_KINDS)[number];

/**
 * "function" (default): `functionName(...args)`. "class": `functionName` is a class; each test's args are
 * `[constructorArgs, calls]` with calls `[method, ...methodArgs][]`, and `expected` is the list of the calls'
 * return values (null for a method that returns nothing).
 */
export type TCallStyle = (typeof CALL_STYLES)[number];

export interface TCodingSpec {
  /** snake_case name; JavaScript uses its camelCase form (functionNameFor). Class names are kept as they are. */
  functionName: string;
  style?: TCallStyle;
  params?: TParamKind[];
  returns?: TParamKind;
  /** The starting code shown in the editor, one per language. */
  signatures: Record<TCodeLanguage, string>;
  /** 2–3 tests the candidate sees and can run. */
  examples: TCodeTest[];
  /** Edge cases and at least one large input; never sent to a client. */
  hiddenTests: TCodeTest[];
  /** Reference solutions; never sent to a client. */
  reference: Record<TCodeLanguage, string>;
  /** CPU time a single test may take. */
  timeLimitMs: number;
}

/** What a client may see of a coding question (DTOs): no hidden tests, no reference. */
export type TPublicCodingSpec = Pick<TCodingSpec, "functionName" | "style" | "params" | "returns" | "signatures" | "examples" | "timeLimitMs">;

export type TRunStatus = (typeof RUN_STATUSES)[number];

export interface TRunRequest {
  language: TCodeLanguage;
  code: string;
  functionName: string;
  tests: TCodeTest[];
  style?: TCallStyle;
  params?: TParamKind[];
  returns?: TParamKind;
  /** CPU time per test. */
  timeLimitMs: number;
  /** Memory the language runtime may grow to. */
  memoryLimitMb?: number;
}

export interface TTestResult {
  name: string;
  passed: boolean;
  input: TJson[];
  expected: TJson;
  actual: TJson;
  error?: string;
  errorCode?: TRunErrorCode;
}

export interface TRunResult {
  status: TRunStatus;
  tests: TTestResult[];
  /** Wall-clock time of the run, queueing excluded. */
  ms: number;
  /** What the code printed (print / console.log), capped. */
  stdout: string;
}
