// @ts-check
/**
 * The Python side of one run, shared by the server's sandbox thread (worker.mjs) and the browser's
 * "Run tests" worker (browser/python-worker.mjs, served from /sandbox/): the interrupt that enforces a
 * test's CPU time, the reading of an interpreter failure, and the load-then-run-each-test loop over
 * python-harness.py. Plain JavaScript with no imports, so both a Node worker and a browser can load it.
 */

/**
 * Pyodide's interrupt buffer: CPython reads it every few bytecodes. At the deadline it says SIGINT (a
 * KeyboardInterrupt), and again every 100 ms if the answer swallows it.
 */
export function createInterrupt() {
  let deadline = Infinity;
  let lastFire = 0;
  const buffer = {
    get 0() {
      const now = performance.now();
      if (now < deadline || now - lastFire < 100) return 0;
      lastFire = now;
      return 2;
    },
    set 0(_value) {},
  };
  return {
    buffer,
    /** @param {number} ms */
    arm: (ms) => {
      deadline = performance.now() + ms;
    },
    disarm: () => {
      deadline = Infinity;
    },
  };
}

/** An interpreter-level failure (the harness could not even answer) as a test outcome. @param {string} text */
export function pythonFailure(text) {
  if (/KeyboardInterrupt/.test(text)) return { kind: "time_limit", error: "Time limit exceeded" };
  if (/MemoryError|memory limit|out of memory/i.test(text)) return { kind: "memory_limit", error: "Memory limit exceeded" };
  return { kind: "error", error: text.split("\n").filter(Boolean).slice(-1)[0] ?? "the interpreter failed" };
}

/**
 * Loads the answer and runs its tests in order; a limit (time, memory, not allowed) ends the run.
 * `guarded(call)` parses a harness call's JSON answer or returns the failure; `post` reports progress
 * ("test-start" arms the caller's hard kill, "test-done" keeps a finished test if the thread is killed).
 * @param {{ load: (code: string) => string | undefined, run: (...args: string[]) => string, takeOutput: () => string }} harness
 * @param {{ id: number, code: string, functionName: string, style: string, params: string[], returns: string, tests: string[], timeLimitMs: number }} job
 * @param {(call: () => string) => any} guarded
 * @param {ReturnType<typeof createInterrupt>} interrupt
 * @param {(message: object) => void} post
 */
export function runPythonTests(harness, job, guarded, interrupt, post) {
  /** @type {any[]} */
  const results = [];
  let loadError = null;
  post({ type: "test-start", id: job.id, index: -1 });
  interrupt.arm(job.timeLimitMs);
  const loaded = guarded(() => harness.load(job.code) ?? '{"kind":"ok"}');
  if (loaded.kind !== "ok") {
    loadError = loaded;
  } else {
    const params = JSON.stringify(job.params);
    for (let index = 0; index < job.tests.length; index++) {
      post({ type: "test-start", id: job.id, index });
      const started = performance.now();
      interrupt.arm(job.timeLimitMs);
      const outcome = { ...guarded(() => harness.run(job.functionName, job.style, params, job.returns, job.tests[index])), ms: performance.now() - started };
      results.push(outcome);
      post({ type: "test-done", id: job.id, index, outcome });
      if (outcome.kind === "time_limit" || outcome.kind === "memory_limit" || outcome.kind === "not_allowed") break;
    }
  }
  const output = guarded(() => harness.takeOutput());
  if (output.violation && !results.some((r) => r.kind === "not_allowed") && loadError?.kind !== "not_allowed") {
    results.push({ kind: "not_allowed", error: `Not allowed: ${output.violation}` });
  }
  return { results, loadError, output };
}
