import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isAlive, until } from "@/test/helpers/process";
import { superviseProcess, type SupervisedProcess } from "./process-supervisor";
import { RestartBudget } from "./restart-budget";

const FIXTURE = path.resolve("scripts/lib/fixtures/supervised-child.ts");
/** vitest runs without tsx's loader; the fixture is TypeScript. */
const TSX = ["--import", "tsx"];
const running: SupervisedProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((supervised) => supervised.stop()));
});

function fixtureLog(): { file: string; lines: () => string[] } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "supervisor-")), "log");
  fs.writeFileSync(file, "");
  return { file, lines: () => fs.readFileSync(file, "utf8").split("\n").filter(Boolean) };
}



describe("RestartBudget", () => {
  it("allows maxPerWindow restarts within the window and forgets older ones", () => {
    const budget = new RestartBudget(2, 1000);
    expect(budget.take(0)).toBe(true);
    expect(budget.take(100)).toBe(true);
    expect(budget.take(200)).toBe(false);
    expect(budget.take(1150)).toBe(true);
    expect(budget.recent).toBe(2);
  });
});

describe("superviseProcess (npm run worker's supervisor)", () => {
  it("replaces a killed child, logging it, and drains the new one on stop", async () => {
    const { file, lines } = fixtureLog();
    const messages: string[] = [];
    const supervised = await superviseProcess({
      exec: FIXTURE,
      execArgv: TSX,
      name: "Job worker",
      log: (message) => messages.push(message),
      onGiveUp: () => {},
      env: { ...process.env, FIXTURE_LOG: file, FIXTURE_JOB_MS: "800" },
      restartDelayMs: 50,
    });
    running.push(supervised);
    const first = supervised.pid()!;
    process.kill(first, "SIGKILL");
    await until(() => supervised.pid() !== undefined && supervised.pid() !== first && messages.some((m) => m.includes(`(process ${supervised.pid()})`)), 20_000);
    expect(supervised.restarts).toBe(1);
    expect(messages.some((m) => m.includes(`process ${first} exited (SIGKILL); starting another`))).toBe(true);

    const second = supervised.pid()!;
    // Its job runs for 800 ms from its start: stop() must wait for it, not cut it.
    await supervised.stop();
    expect(lines()).toContain(`job done ${second}`);
    expect(lines().indexOf(`job done ${second}`)).toBeLessThan(lines().indexOf(`exit ${second}`));
    expect(isAlive(second)).toBe(false);
  }, 60_000);

  it("fails the first start when the child dies before it is ready", async () => {
    const { file } = fixtureLog();
    await expect(
      superviseProcess({ exec: FIXTURE,
      execArgv: TSX, name: "Job worker", log: () => {}, onGiveUp: () => {}, env: { ...process.env, FIXTURE_LOG: file, FIXTURE_MODE: "crash-at-start" } }),
    ).rejects.toThrow(/exited before it was ready \(code 3\)/);
  }, 30_000);

  it("gives up after too many crashes within a minute", async () => {
    const { file } = fixtureLog();
    let gaveUp = "";
    const supervised = await superviseProcess({
      exec: FIXTURE,
      execArgv: TSX,
      name: "Job worker",
      log: () => {},
      onGiveUp: (reason) => (gaveUp = reason),
      env: { ...process.env, FIXTURE_LOG: file },
      maxRestartsPerMinute: 1,
      restartDelayMs: 50,
    });
    running.push(supervised);
    const first = supervised.pid()!;
    process.kill(first, "SIGKILL");
    await until(() => supervised.pid() !== undefined && supervised.pid() !== first && supervised.restarts === 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(supervised.pid()!, "SIGKILL");
    await until(() => gaveUp !== "", 20_000);
    expect(gaveUp).toMatch(/exited 2 times within a minute/);
    expect(supervised.restarts).toBe(1);
  }, 60_000);

  it("kills a child that does not drain within the grace period", async () => {
    const { file } = fixtureLog();
    const supervised = await superviseProcess({
      exec: FIXTURE,
      execArgv: TSX,
      name: "Job worker",
      log: () => {},
      onGiveUp: () => {},
      env: { ...process.env, FIXTURE_LOG: file, FIXTURE_MODE: "ignore-shutdown" },
      stopGraceMs: 500,
    });
    const pid = supervised.pid()!;
    const started = Date.now();
    await supervised.stop();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(isAlive(pid)).toBe(false);
  }, 30_000);
});
