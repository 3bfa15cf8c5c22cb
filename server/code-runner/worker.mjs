// @ts-check
/**
 * One sandbox worker thread (started by server/code-runner/pool.ts). It loads Pyodide and QuickJS once,
 * then disables the Node APIs an escaped answer could use (processes, files, network, code from strings)
 * in this thread, and runs one answer at a time:
 * - Python: one warm Pyodide interpreter; each answer gets fresh globals (python-harness.py). CPU time is
 *   enforced through Pyodide's interrupt buffer (a KeyboardInterrupt at the deadline), memory by capping
 *   the growth of the WebAssembly memory (Python sees a MemoryError).
 * - JavaScript: a new QuickJS runtime per answer with an interrupt handler, a memory limit and a stack limit.
 * The pool kills this thread when a test overruns its limit by more than a grace period.
 * Messages in: {type:"run", ...}. Out: "ready", "test-start", "test-done", "done".
 */
import { readFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import { newQuickJSWASMModule } from "quickjs-emscripten";
import { createInterrupt, pythonFailure, runPythonTests } from "./python-run.mjs";

if (!parentPort) throw new Error("worker.mjs runs as a worker thread");
const port = parentPort;
const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;
/** A Python heap grown past this after a run is dropped with its worker (WebAssembly memory never shrinks). */
const RECYCLE_HEAP_BYTES = 192 * MB;
/** Interpreter re-use has a bound too, in case an answer left state behind that the harness cannot see. */
const RECYCLE_AFTER_RUNS = 200;

// WebAssembly memory lives outside V8's heap, so resourceLimits do not cover it: cap its growth here.
let memoryCapBytes = 256 * MB;
const grow = WebAssembly.Memory.prototype.grow;
WebAssembly.Memory.prototype.grow = function (pages) {
  if (this.buffer.byteLength + pages * 65536 > memoryCapBytes) throw new RangeError("memory limit");
  return grow.call(this, pages);
};

/** Python's CPU-time limit (python-run.mjs); JavaScript's deadline is read by QuickJS's interrupt handler. */
const interrupt = createInterrupt();
let deadline = Infinity;

const pyodideDir = dirname(fileURLToPath(import.meta.resolve("pyodide")));
const pyodide = await loadPyodide({
  indexURL: pyodideDir + "/",
  jsglobals: Object.create(null),
  env: { HOME: "/home/pyodide" },
  stdout: () => {},
  stderr: () => {},
});
pyodide.setInterruptBuffer(/** @type {any} */ (interrupt.buffer));
pyodide.runPython(readFileSync(join(here, "python-harness.py"), "utf8"));
const harness = {
  load: pyodide.globals.get("load_answer"),
  run: pyodide.globals.get("run_test"),
  takeOutput: pyodide.globals.get("take_output"),
  tampered: pyodide.globals.get("tampered"),
};
const pythonBaseBytes = pyodide._module.HEAP8.length;
const quickjs = await newQuickJSWASMModule();
const prelude = readFileSync(join(here, "quickjs-prelude.js"), "utf8");
lockDown();

/** Disables what an answer that escaped its interpreter could reach in this thread. */
function lockDown() {
  const deny = (what) => () => {
    throw new Error(`${what} is disabled in the code runner`);
  };
  const require = createRequire(import.meta.url);
  const names = ["child_process", "fs", "fs/promises", "net", "tls", "dgram", "http", "https", "http2", "dns", "vm", "inspector", "worker_threads", "cluster", "module", "v8", "wasi"];
  // Load them all before changing any: some build their exports from others' (tls extends net.Socket).
  const modules = names.map((name) => /** @type {Record<string, unknown>} */ (require(`node:${name}`)));
  for (const [i, mod] of modules.entries()) {
    const name = names[i];
    for (const key of Object.keys(mod)) {
      if (typeof mod[key] === "function" && key !== "parentPort") {
        try {
          mod[key] = deny(`${name}.${key}`);
        } catch {
          /* a read-only export stays as it is */
        }
      }
    }
  }
  syncBuiltinESMExports();
  for (const key of ["binding", "_linkedBinding", "dlopen", "kill", "exit", "abort", "chdir", "getBuiltinModule", "setuid", "setgid", "reallyExit"]) {
    if (typeof process[key] === "function") /** @type {any} */ (process)[key] = deny(`process.${key}`);
  }
  for (const key of Object.keys(process.env)) delete process.env[key];
  for (const key of ["require", "fetch", "WebSocket", "EventSource", "XMLHttpRequest"]) {
    try {
      delete (/** @type {any} */ (globalThis))[key];
    } catch {
      /* not configurable */
    }
  }
  const fs = pyodide._module.FS;
  fs.mount = deny("FS.mount");
  delete fs.filesystems.NODEFS;
  for (const key of ["mountNodeFS", "mountNativeFS", "useNodeSockFS", "loadPackage", "loadPackagesFromImports", "runPythonAsync"]) {
    try {
      /** @type {any} */ (pyodide)[key] = deny(`pyodide.${key}`);
    } catch {
      /* not writable */
    }
  }
  // No JavaScript from strings: an answer that reached a JS function could otherwise build any code.
  globalThis.eval = deny("eval");
  for (const fn of [function () {}, async function () {}, function* () {}, async function* () {}]) {
    Object.defineProperty(Object.getPrototypeOf(fn), "constructor", { value: deny("Function"), writable: false, configurable: false });
  }
}

/** @param {string} json */
const parse = (json) => JSON.parse(json);

let runs = 0;

/**
 * @param {{ id: number, code: string, functionName: string, style: string, params: string[], returns: string,
 *   tests: string[], timeLimitMs: number, memoryLimitMb: number }} job
 */
function runPython(job) {
  memoryCapBytes = Math.max(job.memoryLimitMb * MB, pyodide._module.HEAP8.length);
  let recycle = false;
  /** @param {() => string} call */
  const guarded = (call) => {
    try {
      return parse(call());
    } catch (error) {
      // A JavaScript-level failure (a stack overflow in the interpreter, a fatal error): this interpreter is done.
      recycle = true;
      return pythonFailure(String(error));
    } finally {
      interrupt.disarm();
    }
  };
  const { results, loadError, output } = runPythonTests(harness, job, guarded, interrupt, (message) => port.postMessage(message));
  runs += 1;
  // A KeyboardInterrupt leaves the interpreter usable; a MemoryError leaves a grown heap behind.
  const dirty = [...results, loadError].some((r) => r?.kind === "memory_limit");
  let tampered = true;
  try {
    tampered = harness.tampered();
  } catch {
    /* an interpreter that cannot answer is replaced */
  }
  recycle ||= dirty || tampered || runs >= RECYCLE_AFTER_RUNS || pyodide._module.HEAP8.length > Math.max(RECYCLE_HEAP_BYTES, pythonBaseBytes * 2);
  return { results, loadError, stdout: output.stdout ?? "", truncated: Boolean(output.truncated), recycle };
}

/**
 * @param {{ id: number, code: string, functionName: string, style: string, params: string[], returns: string,
 *   tests: string[], timeLimitMs: number, memoryLimitMb: number }} job
 */
function runJavaScript(job) {
  memoryCapBytes = Math.max(memoryCapBytes, (job.memoryLimitMb + 64) * MB);
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(job.memoryLimitMb * MB);
  runtime.setMaxStackSize(1 * MB);
  runtime.setInterruptHandler(() => performance.now() > deadline);
  const vm = runtime.newContext();
  const results = [];
  let loadError = null;
  let stdout = "";
  let truncated = false;
  /** @param {string} code @param {string} filename */
  const evaluate = (code, filename) => {
    const result = vm.evalCode(code, filename);
    deadline = Infinity;
    if (result.error) {
      const error = vm.dump(result.error);
      result.error.dispose();
      const classify = vm.evalCode(`__rehearse.classify(${JSON.stringify(error ?? null)})`);
      if (classify.error) {
        classify.error.dispose();
        return { kind: "memory_limit", error: "Memory limit exceeded" };
      }
      const outcome = parse(vm.getString(classify.value));
      classify.value.dispose();
      return outcome;
    }
    const value = vm.dump(result.value);
    result.value.dispose();
    return typeof value === "string" ? parse(value) : { kind: "ok", value };
  };
  try {
    evaluate(prelude, "<prelude>");
    port.postMessage({ type: "test-start", id: job.id, index: -1 });
    deadline = performance.now() + job.timeLimitMs;
    const loaded = evaluate(`${job.code}\n;undefined`, "<answer>");
    if (loaded.kind !== "ok") {
      loadError = loaded;
    } else {
      const name = job.functionName;
      const entry = /^[A-Za-z_$][\w$]*$/.test(name) ? `(typeof ${name} === "undefined" ? undefined : ${name})` : "undefined";
      const args = `${JSON.stringify(name)}, ${JSON.stringify(job.style)}, ${JSON.stringify(job.params)}, ${JSON.stringify(job.returns)}`;
      for (let index = 0; index < job.tests.length; index++) {
        port.postMessage({ type: "test-start", id: job.id, index });
        deadline = performance.now() + job.timeLimitMs;
        const outcome = evaluate(`__rehearse.run(${entry}, ${args}, ${JSON.stringify(job.tests[index])})`, "<test>");
        results.push(outcome);
        port.postMessage({ type: "test-done", id: job.id, index, outcome });
        if (outcome.kind === "time_limit" || outcome.kind === "memory_limit" || outcome.kind === "not_allowed") break;
      }
    }
    const output = evaluate("__rehearse.takeOutput()", "<output>");
    stdout = output.stdout ?? "";
    truncated = Boolean(output.truncated);
    if (output.violation && !results.some((r) => r.kind === "not_allowed") && loadError?.kind !== "not_allowed") {
      results.push({ kind: "not_allowed", error: `Not allowed: ${output.violation}` });
    }
  } finally {
    deadline = Infinity;
    try {
      vm.dispose();
      runtime.dispose();
    } catch {
      // A runtime that ran out of memory may not free cleanly; the worker is replaced below.
      return { results, loadError, stdout, truncated, recycle: true };
    }
  }
  return { results, loadError, stdout, truncated, recycle: false };
}

port.on("message", (/** @type {any} */ job) => {
  if (job?.type !== "run") return;
  const started = performance.now();
  let outcome;
  try {
    outcome = job.language === "python" ? runPython(job) : runJavaScript(job);
  } catch (error) {
    outcome = { results: [{ kind: "error", error: `The sandbox failed: ${String(error)}` }], stdout: "", truncated: false, recycle: true };
  }
  port.postMessage({ type: "done", id: job.id, ms: performance.now() - started, ...outcome });
});
port.postMessage({ type: "ready" });
