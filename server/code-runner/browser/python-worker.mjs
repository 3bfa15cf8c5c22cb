// The browser's Python sandbox for "Run tests" (a module Web Worker served from /sandbox/, never a CDN).
// It loads Pyodide from our own origin and the same python-harness.py the server uses, so a run here
// and on the server agree; it speaks the server worker's protocol (server/code-runner/worker.mjs):
// in {type:"run", ...}; out "ready", "test-start", "test-done", "done". The page kills and replaces
// this worker when a test overruns its limit; the interrupt below normally ends it first.
const base = new URL("./", import.meta.url).href;
const version = new URL(import.meta.url).searchParams.get("pyodide");
const { loadPyodide } = await import(`${base}pyodide/${version}/pyodide.mjs`);
let deadline = Infinity;
let lastFire = 0;
/** Read by CPython every few bytecodes: SIGINT at the deadline, again every 100 ms if the answer swallows it. */
const interruptBuffer = {
  get 0() {
    const now = performance.now();
    if (now < deadline || now - lastFire < 100) return 0;
    lastFire = now;
    return 2;
  },
  set 0(_value) {},
};

const pyodide = await loadPyodide({ indexURL: `${base}pyodide/${version}/`, jsglobals: Object.create(null), stdout: () => {}, stderr: () => {} });
pyodide.setInterruptBuffer(interruptBuffer);
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
    const text = String(error);
    if (/KeyboardInterrupt/.test(text)) return { kind: "time_limit", error: "Time limit exceeded" };
    if (/MemoryError|out of memory/i.test(text)) return { kind: "memory_limit", error: "Memory limit exceeded" };
    return { kind: "error", error: text.split("\n").filter(Boolean).slice(-1)[0] ?? "the interpreter failed" };
  } finally {
    deadline = Infinity;
  }
}

self.onmessage = (event) => {
  const job = event.data;
  if (job?.type !== "run") return;
  const started = performance.now();
  const results = [];
  let loadError = null;
  self.postMessage({ type: "test-start", id: job.id, index: -1 });
  deadline = performance.now() + job.timeLimitMs;
  const loaded = guarded(() => harness.load(job.code) ?? '{"kind":"ok"}');
  if (loaded.kind !== "ok") loadError = loaded;
  else {
    const params = JSON.stringify(job.params);
    for (let index = 0; index < job.tests.length; index++) {
      self.postMessage({ type: "test-start", id: job.id, index });
      const testStarted = performance.now();
      deadline = testStarted + job.timeLimitMs;
      const outcome = { ...guarded(() => harness.run(job.functionName, job.style, params, job.returns, job.tests[index])), ms: performance.now() - testStarted };
      results.push(outcome);
      self.postMessage({ type: "test-done", id: job.id, index, outcome });
      if (outcome.kind === "time_limit" || outcome.kind === "memory_limit" || outcome.kind === "not_allowed") break;
    }
  }
  const output = guarded(() => harness.takeOutput());
  if (output.violation && !results.some((r) => r.kind === "not_allowed") && loadError?.kind !== "not_allowed") {
    results.push({ kind: "not_allowed", error: `Not allowed: ${output.violation}` });
  }
  self.postMessage({ type: "done", id: job.id, ms: performance.now() - started, results, loadError, stdout: output.stdout ?? "", truncated: Boolean(output.truncated) });
};
self.postMessage({ type: "ready" });
