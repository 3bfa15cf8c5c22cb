// The browser's JavaScript sandbox for "Run tests": a classic Web Worker, one per run, served from
// /sandbox/js-worker.js right after quickjs-prelude.js (the server's prelude, so results agree). The
// worker has no DOM, its CSP allows no network, and the prelude has already put "not allowed" in place
// of fetch, importScripts and friends. The page kills it when a test overruns its limit.
(function () {
  "use strict";
  const globalEval = eval;
  const post = self.postMessage.bind(self);
  function evaluate(source) {
    try {
      const value = globalEval(source);
      return typeof value === "string" ? JSON.parse(value) : { kind: "ok", value };
    } catch (error) {
      return JSON.parse(globalThis.__rehearse.classify(error));
    }
  }
  self.onmessage = function (event) {
    const job = event.data;
    if (!job || job.type !== "run") return;
    const started = performance.now();
    const results = [];
    let loadError = null;
    post({ type: "test-start", id: job.id, index: -1 });
    const loaded = evaluate(job.code + "\n;undefined\n//# sourceURL=<answer>");
    if (loaded.kind !== "ok") loadError = loaded;
    else {
      const name = job.functionName;
      const entry = /^[A-Za-z_$][\w$]*$/.test(name) ? "(typeof " + name + ' === "undefined" ? undefined : ' + name + ")" : "undefined";
      const args = [name, job.style, job.params, job.returns].map((value) => JSON.stringify(value)).join(", ");
      for (let index = 0; index < job.tests.length; index++) {
        post({ type: "test-start", id: job.id, index });
        const testStarted = performance.now();
        const outcome = evaluate("__rehearse.run(" + entry + ", " + args + ", " + JSON.stringify(job.tests[index]) + ")");
        outcome.ms = performance.now() - testStarted;
        results.push(outcome);
        post({ type: "test-done", id: job.id, index, outcome });
      }
    }
    const output = evaluate("__rehearse.takeOutput()");
    if (output.violation && !results.some((r) => r.kind === "not_allowed") && !(loadError && loadError.kind === "not_allowed")) {
      results.push({ kind: "not_allowed", error: "Not allowed: " + output.violation });
    }
    post({ type: "done", id: job.id, ms: performance.now() - started, results, loadError, stdout: output.stdout || "", truncated: Boolean(output.truncated) });
  };
  post({ type: "ready" });
})();
