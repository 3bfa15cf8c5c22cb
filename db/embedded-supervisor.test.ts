import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive as alive, until } from "@/test/helpers/process";
import { startEmbeddedPostgres } from "./embedded";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-supervise-test-"));
fs.chmodSync(root, 0o755);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("embedded PostgreSQL supervision", () => {
  it("restarts a killed postmaster on the same port; the same pool reconnects; stop() stops the new one", async () => {
    const messages: string[] = [];
    const server = await startEmbeddedPostgres({
      dataDir: path.join(root, "killed"),
      log: (level, message) => level !== "debug" && messages.push(message),
      supervise: { baseDelayMs: 100 },
    });
    const sql = postgres(server.url, { max: 2, onnotice: () => {}, connect_timeout: 3 });
    try {
      await sql`create table kept (n int)`;
      await sql`insert into kept values (7)`;
      const firstPid = server.pid!;
      process.kill(firstPid, "SIGKILL");

      await until(() => server.restarts === 1, 30_000);
      expect(server.pid).not.toBe(firstPid);
      expect(alive(server.pid!)).toBe(true);
      // The pool that saw the crash works again without being recreated (crash recovery kept the row).
      await until(async () => {
        try {
          return (await sql`select n from kept`)[0]?.n === 7;
        } catch {
          return false;
        }
      }, 15_000);
      expect(messages.join("\n")).toMatch(/exited unexpectedly \(signal SIGKILL\); restarting it/);
      expect(messages.join("\n")).toMatch(/restarted \(pid \d+, attempt 1 of 6\)/);
    } finally {
      await sql.end({ timeout: 1 });
      const lastPid = server.pid!;
      await server.stop();
      expect(alive(lastPid)).toBe(false);
    }
    // Stopped on purpose: no restart follows.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.restarts).toBe(1);
  }, 90_000);

  it("gives up after the bounded attempts and says so", async () => {
    const dataDir = path.join(root, "gives-up");
    const messages: string[] = [];
    let gaveUp: Error | undefined;
    const server = await startEmbeddedPostgres({
      dataDir,
      log: (level, message) => level !== "debug" && messages.push(message),
      supervise: { baseDelayMs: 50, maxAttempts: 2, onGiveUp: (error) => (gaveUp = error) },
    });
    // A cluster that cannot start any more: every restart attempt fails.
    const versionFile = path.join(server.clusterDir, "PG_VERSION");
    const version = fs.readFileSync(versionFile, "utf8");
    try {
      fs.writeFileSync(versionFile, "1\n");
      process.kill(server.pid!, "SIGKILL");
      await until(() => gaveUp !== undefined, 30_000);
      expect(gaveUp?.message).toMatch(/did not come back after 2 restart attempts/);
      expect(messages.filter((line) => line.includes("Restarting embedded PostgreSQL failed"))).toHaveLength(2);
    } finally {
      fs.writeFileSync(versionFile, version);
      await server.stop();
    }
  }, 60_000);
});
