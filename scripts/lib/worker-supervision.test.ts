/**
 * `npm run worker` end to end on the test database: its worker process is replaced after a SIGKILL,
 * and SIGTERM to the launcher stops the worker process and then the launcher itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isAlive, until } from "@/test/helpers/process";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});



describe("npm run worker (scripts/worker.ts)", () => {
  it("restarts a killed worker process, and SIGTERM stops the worker process before the launcher exits", async () => {
    const launcher = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], {
      env: { ...process.env, LOG_LEVEL: "warn", SMTP_URL: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    children.push(launcher);
    let output = "";
    launcher.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const running = () => [...output.matchAll(/Job worker running \(process (\d+)\)/g)].map((match) => Number(match[1]));

    await until(() => running().length === 1, 60_000);
    const first = running()[0]!;
    process.kill(first, "SIGKILL");
    await until(() => running().length === 2, 30_000);
    expect(output).toContain(`Job worker process ${first} exited (SIGKILL); starting another`);
    const second = running()[1]!;
    expect(isAlive(second)).toBe(true);

    const exited = new Promise<number | null>((resolve) => launcher.once("exit", (code) => resolve(code)));
    launcher.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(isAlive(second)).toBe(false);
  }, 120_000);
});
