/**
 * Hostile answers: each ends in a clear status within its limit (the run's own time, queueing excluded),
 * and afterwards the pool still runs a normal answer in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCodeRunnerPool, runCode, shutdownCodeRunner, warmCodeRunner } from "./run-code";
import type { TCodeLanguage, TRunStatus } from "@/server/contracts/vocabulary/code-shapes";

const LIMIT_MS = 1000;
/** The interrupt should end a run at the limit; a kill comes 1.5 s later; the rest is a busy machine's slack. */
const BOUND_MS = LIMIT_MS + 1500 + 2000;
const TEST = [{ name: "one", args: [1], expected: 2 }];

beforeAll(async () => {
  await warmCodeRunner();
}, 180_000);
afterAll(async () => {
  await shutdownCodeRunner();
});

interface THostileCase {
  name: string;
  language: TCodeLanguage;
  code: string;
  expect: TRunStatus[];
  /** Something the error must say, when there is one. */
  error?: RegExp;
}

const py = (lines: string[]) => lines.join("\n");

const CASES: THostileCase[] = [
  { name: "python: while True at the top level", language: "python", code: "while True:\n    pass", expect: ["time_limit"] },
  { name: "python: infinite loop in the function", language: "python", code: py(["def f(x):", "    while True:", "        x += 1"]), expect: ["time_limit"] },
  {
    name: "python: swallows the interrupt (killed and replaced)",
    language: "python",
    code: py(["def f(x):", "    while True:", "        try:", "            while True:", "                pass", "        except BaseException:", "            pass"]),
    expect: ["time_limit"],
  },
  { name: "python: busy generator", language: "python", code: py(["def gen():", "    while True:", "        yield 1", "def f(x):", "    return sum(gen())"]), expect: ["time_limit"] },
  { name: "python: one huge C-level computation (killed)", language: "python", code: py(["def f(x):", "    return len(str(7 ** (10 ** 8)))"]), expect: ["time_limit", "memory_limit"] },
  { name: "python: import os; os.system", language: "python", code: py(["import os", "def f(x):", "    return os.system('id')"]), expect: ["not_allowed"], error: /import os/ },
  { name: "python: fork", language: "python", code: py(["def f(x):", "    import os", "    return os.fork()"]), expect: ["not_allowed"] },
  { name: "python: import subprocess", language: "python", code: py(["import subprocess", "def f(x):", "    return subprocess.run(['ls'])"]), expect: ["not_allowed"] },
  { name: "python: open('/etc/passwd')", language: "python", code: py(["def f(x):", "    return open('/etc/passwd').read()"]), expect: ["not_allowed"], error: /open/ },
  { name: "python: import js", language: "python", code: py(["import js", "def f(x):", "    return js.process.pid"]), expect: ["not_allowed"], error: /import js/ },
  { name: "python: pyodide's FFI", language: "python", code: py(["from pyodide.ffi import run_js", "def f(x):", "    return run_js('1')"]), expect: ["not_allowed"] },
  { name: "python: __subclasses__ walk", language: "python", code: py(["def f(x):", "    return len(().__class__.__base__.__subclasses__())"]), expect: ["not_allowed"] },
  { name: "python: getattr of a built name", language: "python", code: py(["def f(x):", "    return str(getattr(f, '__glob' + 'als__'))"]), expect: ["not_allowed"] },
  { name: "python: operator.attrgetter of a dunder", language: "python", code: py(["import operator", "def f(x):", "    return operator.attrgetter('__globals__')(f)"]), expect: ["failed"], error: /AttributeError/ },
  {
    name: "python: string annotations evaluated against chosen globals",
    language: "python",
    code: py(["import typing", "def g(a: \"__import__('os').system('id')\"):", "    pass", "def f(x):", "    return str(typing.get_type_hints(g, globalns={}))"]),
    expect: ["failed"],
    error: /AttributeError/,
  },
  { name: "python: str.format walks to __globals__", language: "python", code: py(["def f(x):", "    return '{0.__globals__}'.format(f)"]), expect: ["not_allowed"], error: /format string/ },
  { name: "python: str.format through the type", language: "python", code: py(["def f(x):", "    return str.format('{0.__glo' + 'bals__}', f)"]), expect: ["not_allowed"] },
  { name: "python: format_map and a nested spec", language: "python", code: py(["def f(x):", "    return '{a:{a.__class__}}'.format_map({'a': f})"]), expect: ["not_allowed"] },
  { name: "python: format reached by getattr", language: "python", code: py(["def f(x):", "    return getattr('{0._x}', 'format')(f)"]), expect: ["not_allowed"] },
  { name: "python: an ordinary format still works", language: "python", code: py(["def f(x):", "    return int('{}{a[0]}'.format('', a=[x + 1]))"]), expect: ["passed"] },
  { name: "python: a module's private import", language: "python", code: py(["import random", "def f(x):", "    return random._os.getpid()"]), expect: ["failed"], error: /AttributeError/ },
  { name: "python: 1 GB allocation", language: "python", code: py(["def f(x):", "    return len(bytearray(10 ** 9))"]), expect: ["memory_limit"] },
  { name: "python: 8 GB list", language: "python", code: py(["def f(x):", "    return len([0] * (10 ** 9))"]), expect: ["memory_limit"] },
  { name: "python: deep recursion", language: "python", code: py(["def f(x):", "    return f(x + 1)"]), expect: ["failed"], error: /RecursionError/ },
  {
    name: "python: sys.setrecursionlimit(10**9) then recursion",
    language: "python",
    code: py(["import sys", "sys.setrecursionlimit(10 ** 9)", "def f(x):", "    return f(x + 1)"]),
    expect: ["failed"],
    error: /RecursionError/,
  },
  { name: "python: prints 100 MB", language: "python", code: py(["def f(x):", "    for _ in range(10 ** 6):", "        print('x' * 100)", "    return x + 1"]), expect: ["passed", "time_limit"] },
  { name: "javascript: for(;;)", language: "javascript", code: "function f(x) { for (;;) {} }", expect: ["time_limit"] },
  { name: "javascript: busy generator", language: "javascript", code: "function* g() { while (true) yield 1; }\nfunction f(x) { let n = 0; for (const v of g()) n += v; return n; }", expect: ["time_limit"] },
  { name: "javascript: globalThis.process", language: "javascript", code: "function f(x) { return globalThis.process.exit(1); }", expect: ["not_allowed"], error: /process/ },
  { name: "javascript: require('fs')", language: "javascript", code: "function f(x) { return require('fs').readFileSync('/etc/passwd', 'utf8'); }", expect: ["not_allowed"], error: /require/ },
  { name: "javascript: dynamic import", language: "javascript", code: "function f(x) { import('fs'); return x + 1; }", expect: ["passed", "failed"] },
  { name: "javascript: Function constructor reaches nothing", language: "javascript", code: "function f(x) { return typeof Function('return this')().process === 'undefined' ? x + 1 : 0; }", expect: ["not_allowed", "passed"] },
  {
    name: "javascript: 1 GB allocation",
    language: "javascript",
    code: "function f(x) { const blocks = []; for (let i = 0; i < 64; i++) blocks.push(new Array(1 << 20).fill(i)); return blocks.length; }",
    // Filling 64M slots is CPU work too: on a loaded machine the time limit can come before the memory limit.
    expect: ["memory_limit", "time_limit"],
  },
  { name: "javascript: 1 GB string", language: "javascript", code: "function f(x) { return 'x'.repeat(2 ** 30).length; }", expect: ["memory_limit", "failed"] },
  { name: "javascript: deep recursion", language: "javascript", code: "function f(x) { return f(x + 1) + 1; }", expect: ["failed"], error: /stack|recursion/i },
  { name: "javascript: prints 100 MB", language: "javascript", code: "function f(x) { for (let i = 0; i < 1e6; i++) console.log('x'.repeat(100)); return x + 1; }", expect: ["passed", "time_limit"] },
];

describe("hostile code", () => {
  for (const hostile of CASES) {
    it(hostile.name, async () => {
      const result = await runCode({ language: hostile.language, code: hostile.code, functionName: "f", tests: TEST, timeLimitMs: LIMIT_MS, memoryLimitMb: 256 });
      expect(hostile.expect, JSON.stringify(result.tests[0])).toContain(result.status);
      expect(result.ms).toBeLessThan(BOUND_MS);
      if (hostile.error) expect(result.tests[0]?.error ?? "").toMatch(hostile.error);
      expect(result.stdout.length).toBeLessThanOrEqual(65536 + 100);
    }, 120_000);
  }

  it("gives the next answer a clean interpreter when one changed a shared class", async () => {
    const tamper = "from collections import Counter\nCounter.most_common = lambda self, n=None: [(41, 0)]\ndef f(x):\n    return 0";
    const honest = "from collections import Counter\ndef f(x):\n    return Counter([x, x, 5]).most_common(1)[0][0] + 1";
    await runCode({ language: "python", code: tamper, functionName: "f", tests: TEST, timeLimitMs: LIMIT_MS });
    const results = await Promise.all([0, 1, 2].map(() => runCode({ language: "python", code: honest, functionName: "f", tests: TEST, timeLimitMs: LIMIT_MS })));
    expect(results.map((r) => r.status)).toEqual(["passed", "passed", "passed"]);
  }, 180_000);

  it("leaves a healthy pool: a normal answer passes in both languages, killed workers were replaced", async () => {
    const python = await runCode({ language: "python", code: "def f(x):\n    return x + 1", functionName: "f", tests: TEST, timeLimitMs: LIMIT_MS });
    const javascript = await runCode({ language: "javascript", code: "function f(x) { return x + 1; }", functionName: "f", tests: TEST, timeLimitMs: LIMIT_MS });
    expect([python.status, javascript.status]).toEqual(["passed", "passed"]);
    expect(getCodeRunnerPool().replaced).toBeGreaterThan(0);
  }, 180_000);
});
