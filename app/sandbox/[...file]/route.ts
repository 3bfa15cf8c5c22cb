/**
 * The files the browser's "Run tests" sandbox loads, served from our own origin (never a CDN, so it
 * works offline): Pyodide from node_modules, the server's own Python harness, run loop and JavaScript
 * prelude, and the two worker scripts. Pyodide's files carry its version in the URL and are cached for a year;
 * the harness and workers are revalidated (ETag) so a deploy takes effect at once. These responses skip
 * proxy.ts: a worker gets its own CSP here, which lets WebAssembly and the candidate's code run inside it
 * and allows no network beyond this origin (the JavaScript worker: none at all).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PYODIDE_VERSION } from "@/app/_components/code/sandbox-files";

const root = process.cwd();
const pyodideDir = path.join(root, "node_modules/pyodide");
const runnerDir = path.join(root, "server/code-runner");

const WORKER_CSP_PYTHON = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; connect-src 'self'";
const WORKER_CSP_JS = "default-src 'none'; script-src 'self' 'unsafe-eval'";

type TFile = { files: string[]; type: string; immutable: boolean; csp?: string };

const PYODIDE_FILES: Record<string, string> = {
  "pyodide.mjs": "text/javascript",
  "pyodide.asm.mjs": "text/javascript",
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": "application/json",
};

function resolve(parts: string[]): TFile | null {
  const joined = parts.join("/");
  if (joined === "python-worker.mjs") return { files: [path.join(runnerDir, "browser/python-worker.mjs")], type: "text/javascript", immutable: false, csp: WORKER_CSP_PYTHON };
  if (joined === "js-worker.js") {
    return { files: [path.join(runnerDir, "quickjs-prelude.js"), path.join(runnerDir, "browser/js-worker.js")], type: "text/javascript", immutable: false, csp: WORKER_CSP_JS };
  }
  if (joined === "python-run.mjs") return { files: [path.join(runnerDir, "python-run.mjs")], type: "text/javascript", immutable: false };
  if (joined === "python-harness.py") return { files: [path.join(runnerDir, "python-harness.py")], type: "text/x-python; charset=utf-8", immutable: false };
  const [folder, version, name] = parts;
  if (parts.length === 3 && folder === "pyodide" && version === PYODIDE_VERSION && name && Object.hasOwn(PYODIDE_FILES, name)) {
    return { files: [path.join(pyodideDir, name)], type: PYODIDE_FILES[name]!, immutable: true };
  }
  return null;
}

const cache = new Map<string, { body: Buffer; etag: string }>();

async function load(key: string, file: TFile) {
  const hit = cache.get(key);
  if (hit) return hit;
  const body = Buffer.concat(await Promise.all(file.files.map((name) => readFile(name))));
  const entry = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  cache.set(key, entry);
  return entry;
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const { file: parts } = await params;
  const file = resolve(parts);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const { body, etag } = await load(parts.join("/"), file);
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Cache-Control": file.immutable ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(file.csp ? { "Content-Security-Policy": file.csp } : {}),
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(body), { headers });
}
