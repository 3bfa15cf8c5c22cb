import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { until } from "@/test/helpers/process";
import { REPEAT_SIGNAL_GRACE_MS } from "./run-launcher";

/** Starts the slow-stopping fixture launcher and collects what it prints. */
async function startLauncher() {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, "fixtures/slow-stop-launcher.ts")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const state = { output: "", code: undefined as number | null | undefined };
  child.stdout.on("data", (chunk: Buffer) => (state.output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (state.output += chunk.toString()));
  child.once("exit", (code) => (state.code = code));
  await until(() => state.output.includes("ready"), 30_000);
  return { child, state };
}

describe("a launcher's signals", () => {
  // A terminal's Ctrl+C reaches the launcher twice (the process group, then tsx's relay ~30 ms later);
  // the copy was taken for a second Ctrl+C and the launcher exited before its clean stop had run.
  it("takes the same signal twice in a row for one request and still stops cleanly", async () => {
    const { child, state } = await startLauncher();
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 30));
    child.kill("SIGTERM");
    await until(() => state.code !== undefined, 20_000);
    expect(state.output).toContain("cleanup done");
    expect(state.output).toMatch(/Stopped\n$/);
    expect(state.code).toBe(143);
  }, 40_000);

  it("stops at once on a second Ctrl+C a person presses later", async () => {
    const { child, state } = await startLauncher();
    child.kill("SIGINT");
    await new Promise((resolve) => setTimeout(resolve, REPEAT_SIGNAL_GRACE_MS + 200));
    child.kill("SIGINT");
    await until(() => state.code !== undefined, 20_000);
    expect(state.output).not.toContain("cleanup done");
    expect(state.code).toBe(130);
  }, 40_000);
});
