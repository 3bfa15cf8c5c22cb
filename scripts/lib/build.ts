/**
 * `npm start` builds only when needed: no build yet, or the sources changed since the last one.
 * The fingerprint hashes file contents (not mtimes, which a fresh clone resets).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { say } from "./console-log";

const SOURCES = ["app", "server", "db", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const FINGERPRINT_FILE = path.join(".next", "rehearse-build-fingerprint");

function* walk(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry).sort()) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    yield* walk(path.join(entry, child));
  }
}

export function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  for (const source of SOURCES) {
    for (const file of walk(source)) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(fingerprint = sourceFingerprint()): boolean {
  return (
    fs.existsSync(path.join(".next", "BUILD_ID")) &&
    fs.existsSync(FINGERPRINT_FILE) &&
    fs.readFileSync(FINGERPRINT_FILE, "utf8") === fingerprint
  );
}

export function buildApp(): void {
  const fingerprint = sourceFingerprint();
  say("Building the app (first start, or the sources changed): this takes a few minutes…");
  const started = Date.now();
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  fs.writeFileSync(FINGERPRINT_FILE, fingerprint);
  say(`Build finished in ${Math.round((Date.now() - started) / 1000)} s`);
}

const BUILD_LOCK = ".next-build.lock";

function lockHolder(): number | null {
  try {
    const pid = Number(fs.readFileSync(BUILD_LOCK, "utf8"));
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Builds when needed, one build at a time per checkout: two launchers starting together (two
 * DATA_DIRs, parallel test runs) must not write .next at once. The second waits, then finds the
 * build current.
 */
export function buildIfNeeded(): void {
  if (buildIsCurrent()) return;
  for (;;) {
    try {
      fs.writeFileSync(BUILD_LOCK, String(process.pid), { flag: "wx" });
      break;
    } catch {
      const holder = lockHolder();
      if (holder === null) {
        fs.rmSync(BUILD_LOCK, { force: true });
        continue;
      }
      say(`Waiting for another build (pid ${holder}) to finish…`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  try {
    if (!buildIsCurrent()) buildApp();
  } finally {
    fs.rmSync(BUILD_LOCK, { force: true });
  }
}
