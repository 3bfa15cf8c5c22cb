/**
 * `npm run worker` beside `npm start` on an external database, started from a shell that sets no
 * NODE_ENV: it runs in production mode like the web processes.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { until } from "@/test/helpers/process";

/** The worker launcher with vitest's environment minus NODE_ENV (a shell sets none) and with `overrides`. */
function startWorker(overrides: Record<string, string>) {
  const { NODE_ENV: _unset, ...inherited } = process.env;
  // Typed as the process environment, which declares NODE_ENV: a shell that sets none is the point here.
  const env = { ...inherited, LOG_LEVEL: "warn", SMTP_URL: "", ...overrides } as unknown as NodeJS.ProcessEnv;
  const launcher = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], { env, stdio: ["ignore", "ignore", "pipe"] });
  const state = { output: "", code: undefined as number | null | undefined };
  launcher.stderr.on("data", (chunk: Buffer) => (state.output += chunk.toString()));
  launcher.once("exit", (code) => (state.code = code));
  // SIGTERM, not SIGKILL: the launcher then stops the worker process it may have forked.
  const stop = async () => {
    if (state.code === undefined) launcher.kill("SIGTERM");
    await until(() => state.code !== undefined, 40_000);
  };
  return { state, stop };
}

describe("npm run worker on an external database", () => {
  // It ran in development mode and said "read them in the dev mailbox", which the production web
  // processes beside it do not serve; and it started without AUTH_SECRET, which reminder emails' unsubscribe links need.
  it("says no email is sent without SMTP_URL, as npm start does", async () => {
    const { state, stop } = startWorker({});
    try {
      await until(() => /SMTP_URL is unset/.test(state.output) || state.code !== undefined, 60_000);
      expect(state.output).toMatch(/SMTP_URL is unset: no email is sent .*dev mailbox is off/);
    } finally {
      await stop();
    }
  }, 90_000);

  it("stops at once, naming AUTH_SECRET, when it is missing", async () => {
    const { state, stop } = startWorker({ AUTH_SECRET: "" });
    try {
      await until(() => state.code !== undefined, 60_000);
      expect(state.code).toBe(1);
      expect(state.output).toContain("AUTH_SECRET: required in production with an external DATABASE_URL");
    } finally {
      await stop();
    }
  }, 90_000);
});
