/**
 * The sandbox's fixed English texts become stable codes (REST's errorCode, the results table's
 * catalog key); an answer's own exception keeps its text. The texts are checked against the
 * sources that write them, so a reworded message cannot silently lose its code.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "@/server/contracts/code-summary";
import { runErrorOf } from "@/server/contracts/run-errors";

describe("runErrorOf", () => {
  it.each([
    ["Time limit exceeded", "time_limit", {}],
    ["Memory limit exceeded", "memory_limit", {}],
    ["Not run: an earlier test ended the run", "not_run", {}],
    ["Not allowed: process", "not_allowed", { what: "process" }],
    ["Not allowed: import os", "not_allowed", { what: "import os" }],
    ["two_sum is not defined: keep the name from the starting code", "missing_function", { name: "two_sum" }],
    ["TypeError: the function returned a set, which is not a JSON value", "not_json_value", { what: "set" }],
    ["TypeError: the function returned NaN, which is not a JSON value (line 3)", "not_json_value", { what: "NaN", line: "3" }],
    ["ValueError: the returned list does not end (a cycle?)", "list_cycle", {}],
    ["Error: the returned tree is too large (a cycle?)", "tree_too_large", {}],
    ["The sandbox failed: RangeError: boom", "sandbox_failed", { what: "RangeError: boom" }],
    ["The sandbox crashed", "sandbox_crashed", {}],
    ["The sandbox stopped", "sandbox_stopped", {}],
    ["the interpreter failed", "interpreter_failed", {}],
    ["ZeroDivisionError: division by zero (line 4)", "exception", { error: "ZeroDivisionError: division by zero", line: "4" }],
    ["SyntaxError: invalid syntax (line 1)", "exception", { error: "SyntaxError: invalid syntax", line: "1" }],
    ["ReferenceError: x is not defined", "exception", { error: "ReferenceError: x is not defined" }],
  ])("%s → %s", (text, code, values) => {
    expect(runErrorOf(text)).toEqual({ code, values });
  });

  it("puts the code beside the English text in a run's result (what REST sends)", () => {
    const tests = [1, 2, 3].map((n) => ({ name: `t${n}`, args: [n], expected: n }));
    const result = summarize(tests, [{ kind: "ok", value: 1 }, { kind: "time_limit", error: "Time limit exceeded" }], null, 5, "");
    expect(result.tests.map((test) => [test.error, test.errorCode])).toEqual([
      [undefined, undefined],
      ["Time limit exceeded", "time_limit"],
      ["Not run: an earlier test ended the run", "not_run"],
    ]);
    expect(result.status).toBe("time_limit");
  });

  it("keeps a missing function a load error, not a failed test", () => {
    const result = summarize([{ name: "a", args: [], expected: 1 }], [{ kind: "error", error: "solve is not defined: keep the name from the starting code" }], null, 1, "");
    expect(result.status).toBe("error");
    expect(result.tests[0]?.errorCode).toBe("missing_function");
  });

  it("matches what the sandbox sources still write", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
    const sources = [
      "server/code-runner/worker.mjs",
      "server/code-runner/pool.ts",
      "server/code-runner/python-run.mjs",
      "server/code-runner/python-harness.py",
      "server/code-runner/quickjs-prelude.js",
      "server/code-runner/browser/js-worker.js",
      "server/contracts/code-summary.ts",
      "app/_components/code/browser-runner.ts",
    ]
      .map(read)
      .join("\n");
    for (const text of [
      "Time limit exceeded",
      "Memory limit exceeded",
      "Not run: an earlier test ended the run",
      "Not allowed: ",
      " is not defined: keep the name from the starting code",
      ", which is not a JSON value",
      "the returned list does not end (a cycle?)",
      "the returned tree is too large (a cycle?)",
      "The sandbox failed: ",
      "The sandbox crashed",
      "The sandbox stopped",
      "the interpreter failed",
      " (line ",
    ]) {
      expect(sources, text).toContain(text);
    }
  });
});
