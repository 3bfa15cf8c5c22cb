import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { BATCH_CHARS, batchedDestination } from "./log-destination";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "log-destination-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fileDestination(name: string, flushMs: number) {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, "a");
  return { read: () => fs.readFileSync(file, "utf8"), destination: batchedDestination({ fd, flushMs }) };
}

describe("batched log destination", () => {
  it("holds lines for at most flushMs, then writes them together in order", async () => {
    const { read, destination } = fileDestination("timer.log", 80);
    destination.write("one\n");
    destination.write("two\n");
    await sleep(20);
    expect(read()).toBe("");
    await sleep(250);
    expect(read()).toBe("one\ntwo\n");
  });

  it("writes as soon as a batch is full, and on flush()", async () => {
    const { read, destination } = fileDestination("full.log", 60_000);
    const line = `${"x".repeat(99)}\n`;
    const lines = Math.ceil(BATCH_CHARS / line.length);
    for (let i = 0; i < lines; i += 1) destination.write(line);
    destination.write("after\n");
    await sleep(200);
    expect(read()).toBe(line.repeat(lines));
    destination.flush();
    await sleep(200);
    expect(read().endsWith("after\n")).toBe(true);
  });

  it("keeps pino's lines whole (one JSON object a line)", async () => {
    const { read, destination } = fileDestination("pino.log", 50);
    const log = pino({ base: null }, destination);
    log.info({ n: 1 }, "first");
    log.info({ n: 2 }, "second");
    await sleep(250);
    expect(read().trim().split("\n").map((text) => (JSON.parse(text) as { msg: string }).msg)).toEqual(["first", "second"]);
  });

  it("loses nothing when the process exits, normally or on an uncaught error", () => {
    const script = (ending: string) =>
      `import { batchedDestination } from ${JSON.stringify(path.resolve("server/log-destination.ts"))};\n` +
      `const d = batchedDestination({ fd: 1, flushMs: 60000 });\nd.write("line-1\\n");\nd.write("line-2\\n");\n${ending}\n`;
    for (const [name, ending, status] of [
      ["exit.ts", "process.exit(0);", 0],
      ["throw.ts", "setTimeout(() => { throw new Error('boom'); }, 10);", 1],
      ["end.ts", "", 0],
    ] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, script(ending));
      const run = spawnSync(path.resolve("node_modules/.bin/tsx"), [file], { encoding: "utf8", timeout: 60_000 });
      expect(run.stdout, name).toBe("line-1\nline-2\n");
      expect(run.status, name).toBe(status);
    }
  });
});
