import { describe, expect, it } from "vitest";
import { commandExists, ProcessError, runProcess } from "./run-process";

const limits = { timeoutMs: 5000, maxOutputBytes: 1024 };

describe("runProcess", () => {
  it("returns stdout", async () => {
    await expect(runProcess("sh", ["-c", "echo hello"], limits)).resolves.toBe("hello\n");
  });

  it("kills a process that runs too long, writes too much, fails or is aborted", async () => {
    await expect(runProcess("sleep", ["5"], { ...limits, timeoutMs: 100 })).rejects.toMatchObject({ reason: "timeout" });
    await expect(runProcess("yes", [], limits)).rejects.toMatchObject({ reason: "output_limit" });
    await expect(runProcess("sh", ["-c", "echo bad >&2; exit 3"], limits)).rejects.toThrow(/exited with 3: bad/);
    await expect(runProcess("no-such-binary-here", [], limits)).rejects.toMatchObject({ reason: "spawn" });
    const controller = new AbortController();
    const running = runProcess("sleep", ["5"], { ...limits, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ProcessError);
  });

  it("detects commands on the PATH and refuses odd names", async () => {
    expect(await commandExists("sh")).toBe(true);
    expect(await commandExists("no-such-binary-here")).toBe(false);
    expect(await commandExists("sh; rm -rf /")).toBe(false);
  });
});
