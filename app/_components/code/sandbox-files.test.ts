import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/sandbox/[...file]/route";
import { PYODIDE_VERSION } from "./sandbox-files";

const get = (path: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/sandbox/${path}`, { headers }), { params: Promise.resolve({ file: path.split("/") }) });

describe("the browser sandbox's files", () => {
  it("the Pyodide version in URLs is the installed one", () => {
    expect(JSON.parse(readFileSync("node_modules/pyodide/package.json", "utf8")).version).toBe(PYODIDE_VERSION);
  });

  it("serves Pyodide from our origin with a year's cache, and the workers with their own CSP", async () => {
    const wasm = await get(`pyodide/${PYODIDE_VERSION}/pyodide.asm.wasm`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(wasm.headers.get("cache-control")).toContain("immutable");
    const js = await get("js-worker.js");
    expect(js.headers.get("content-security-policy")).toBe("default-src 'none'; script-src 'self' 'unsafe-eval'");
    const text = await js.text();
    expect(text).toContain("__rehearse");
    expect(text.indexOf("globalThis.__rehearse")).toBeLessThan(text.indexOf("self.onmessage"));
    // The browser's Python worker imports the server's run loop (one loop, so both read a run the same way).
    expect(await (await get("python-worker.mjs")).text()).toContain('from "./python-run.mjs"');
    expect((await get("python-run.mjs")).status).toBe(200);
    const harness = await get("python-harness.py");
    const again = await get("python-harness.py", { "if-none-match": harness.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("serves nothing else: no other file, no old version, no path tricks", async () => {
    for (const path of [`pyodide/${PYODIDE_VERSION}/package.json`, "pyodide/0.1.0/pyodide.asm.wasm", "../../package.json", "run-code.ts", "worker.mjs"]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
