"use client";

/**
 * "Run tests" in the browser: the visible examples run in a Web Worker from our own origin (Pyodide for
 * Python, the server's JavaScript prelude in a worker for JavaScript), with the same harness, comparison
 * and summary as the server, so a pass here is a pass there (the server still re-runs every test on
 * submit). A test that overruns its limit gets its worker killed: the Python worker is replaced for the
 * next run (loading Pyodide takes a few seconds), a JavaScript worker lives for one run anyway.
 */
import { functionNameFor } from "@/server/contracts/code-compare";
import { camelCalls, summarize, type TOutcome } from "@/server/contracts/code-summary";
import type { TCodeLanguage, TPublicCodingSpec, TRunResultView } from "@/server/contracts/code";
import { PYODIDE_VERSION, SANDBOX_BASE } from "./sandbox-files";

/** Past a test's limit, how long the worker may go on before it is killed (its own interrupt normally ends it first). */
const GRACE_MS = 1500;
/** Loading Pyodide on a slow connection or device. */
const START_TIMEOUT_MS = 120_000;

type TDone = { results: TOutcome[]; loadError: TOutcome | null; stdout: string; truncated: boolean; ms: number };
type TMessage = { type: "ready" } | { type: "test-start"; id: number; index: number } | { type: "test-done"; id: number; index: number; outcome: TOutcome } | ({ type: "done"; id: number } & TDone);

let pythonWorker: Promise<Worker> | null = null;
let nextId = 1;

function startWorker(language: TCodeLanguage): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker =
      language === "python"
        ? new Worker(`${SANDBOX_BASE}python-worker.mjs?pyodide=${PYODIDE_VERSION}`, { type: "module", name: "rehearse-python" })
        : new Worker(`${SANDBOX_BASE}js-worker.js`, { name: "rehearse-javascript" });
    const timer = window.setTimeout(() => fail(new Error("The Python sandbox took too long to start.")), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      window.clearTimeout(timer);
      worker.terminate();
      reject(error);
    };
    worker.onerror = (event) => fail(new Error(event.message || "The sandbox could not start."));
    worker.onmessage = (event: MessageEvent<TMessage>) => {
      if (event.data.type !== "ready") return;
      window.clearTimeout(timer);
      worker.onerror = null;
      resolve(worker);
    };
  });
}

/** Loads Pyodide ahead of the first Python run (the editor calls this when a Python question opens). */
export function warmPython(): Promise<unknown> {
  pythonWorker ??= startWorker("python").catch((error: unknown) => {
    pythonWorker = null;
    throw error;
  });
  return pythonWorker.catch(() => undefined);
}

function runIn(worker: Worker, job: Record<string, unknown>, timeLimitMs: number): Promise<TDone & { killed: boolean }> {
  return new Promise((resolve) => {
    const id = nextId++;
    const started = performance.now();
    const partial: TOutcome[] = [];
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        worker.terminate();
        resolve({ results: [...partial, { kind: "time_limit", error: "Time limit exceeded" }], loadError: null, stdout: "", truncated: false, ms: performance.now() - started, killed: true });
      }, timeLimitMs + GRACE_MS);
    };
    worker.onerror = (event) => {
      window.clearTimeout(timer);
      worker.terminate();
      resolve({ results: [...partial, { kind: "error", error: event.message || "The sandbox crashed" }], loadError: null, stdout: "", truncated: false, ms: performance.now() - started, killed: true });
    };
    worker.onmessage = (event: MessageEvent<TMessage>) => {
      const message = event.data;
      if (message.type === "ready" || message.id !== id) return;
      if (message.type === "test-start") arm();
      else if (message.type === "test-done") partial.push(message.outcome);
      else if (message.type === "done") {
        window.clearTimeout(timer);
        resolve({ ...message, killed: false });
      }
    };
    arm();
    worker.postMessage({ type: "run", id, ...job });
  });
}

export async function runInBrowser(spec: TPublicCodingSpec, language: TCodeLanguage, code: string): Promise<TRunResultView> {
  const style = spec.style ?? "function";
  const tests = spec.examples.map((test) => ({ ...test, args: test.args as never[], expected: test.expected as never }));
  const job = {
    code,
    functionName: style === "class" ? spec.functionName : functionNameFor(language, spec.functionName),
    style,
    params: spec.params ?? [],
    returns: spec.returns ?? "json",
    tests: tests.map((test) => JSON.stringify(style === "class" && language === "javascript" ? camelCalls(test.args) : test.args)),
    timeLimitMs: spec.timeLimitMs,
  };
  const worker = language === "python" ? await (warmPython(), pythonWorker ?? startWorker("python")) : await startWorker("javascript");
  const done = await runIn(worker, job, spec.timeLimitMs);
  if (language === "javascript") worker.terminate();
  else if (done.killed) pythonWorker = null;
  return summarize(tests, done.results, done.loadError, done.ms, done.stdout + (done.truncated ? "\n… (output truncated)" : ""));
}
