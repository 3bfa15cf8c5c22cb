import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/db/embedded";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-embedded-group-"));
fs.chmodSync(root, 0o755);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function processGroup(pid: number | undefined): number {
  return Number(execFileSync("ps", ["-o", "pgid=", "-p", String(pid)], { encoding: "utf8" }).trim());
}

describe("the embedded PostgreSQL's process group", () => {
  // Ctrl+C in a terminal signals the whole foreground group: a launcher's postmaster in it shut down at
  // once, before the web processes had drained, and the supervisor restarted it in the middle of the stop.
  it("is its own for a launcher's (supervised) server, so Ctrl+C reaches only the launcher", async () => {
    const server = await startEmbeddedPostgres({ dataDir: path.join(root, "supervised"), supervise: { onGiveUp: () => {} } });
    try {
      expect(processGroup(server.pid)).toBe(server.pid);
      expect(processGroup(server.pid)).not.toBe(processGroup(process.pid));
    } finally {
      await server.stop();
    }
  });

  it("is the caller's for an unsupervised one (tests), so an interrupted run takes it down too", async () => {
    const server = await startEmbeddedPostgres({ dataDir: path.join(root, "plain") });
    try {
      expect(processGroup(server.pid)).toBe(processGroup(process.pid));
    } finally {
      await server.stop();
    }
  });
});
