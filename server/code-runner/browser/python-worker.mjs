// The browser's Python sandbox for "Run tests" (a module Web Worker served from /sandbox/, never a CDN).
// It loads Pyodide from our own origin, and the server's own python-harness.py and run loop
// (python-run.mjs), so a run here and on the server agree; it speaks the server worker's protocol
// (in {type:"run", ...}; out "ready", "test-start", "test-done", "done"). The page kills and replaces
// this worker when a test overruns its limit; the interrupt normally ends the test first.
import { createInterrupt, pythonFailure, runPythonTests } from "./python-run.mjs";

const base = new URL("./", import.meta.url).href;
const version = new URL(import.meta.url).searchParams.get("pyodide");
const { loadPyodide } = await import(`${base}pyodide/${version}/pyodide.mjs`);
const interrupt = createInterrupt();
const pyodide = await loadPyodide({ indexURL: `${base}pyodide/${version}/`, jsglobals: Object.create(null), stdout: () => {}, stderr: () => {} });
pyodide.setInterruptBuffer(interrupt.buffer);
pyodide.runPython(await (await fetch(`${base}python-harness.py`)).text());
const harness = {
  load: pyodide.globals.get("load_answer"),
  run: pyodide.globals.get("run_test"),
  takeOutput: pyodide.globals.get("take_output"),
};

function guarded(call) {
  try {
    return JSON.parse(call());
  } catch (error) {
    return pythonFailure(String(error));
  } finally {
    interrupt.disarm();
  }
}

self.onmessage = (event) => {
  const job = event.data;
  if (job?.type !== "run") return;
  const started = performance.now();
  const { results, loadError, output } = runPythonTests(harness, job, guarded, interrupt, (message) => self.postMessage(message));
  self.postMessage({ type: "done", id: job.id, ms: performance.now() - started, results, loadError, stdout: output.stdout ?? "", truncated: Boolean(output.truncated) });
};
self.postMessage({ type: "ready" });
