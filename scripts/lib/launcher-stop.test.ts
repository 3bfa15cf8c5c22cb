/**
 * Ctrl+C in a terminal, end to end: a launcher on its own embedded database (here `npm run worker`,
 * the same runLauncher and prepareDatabase as `npm start`, without a build) runs in a process group
 * of its own, as a terminal's foreground job does, and the whole group gets SIGINT.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { isAlive, until } from "@/test/helpers/process";
import { stoppingMessage } from "./run-launcher";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-launcher-stop-"));
fs.chmodSync(root, 0o755);
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The postmaster's pid from its cluster's postmaster.pid (the cluster may live outside DATA_DIR as root). */
function postmasterPid(dataDir: string): number {
  const located = path.join(dataDir, "pg-location.txt");
  const clusterDir = fs.existsSync(located) ? fs.readFileSync(located, "utf8").trim() : path.join(dataDir, "pg");
  return Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

function processGroup(pid: number): number {
  return Number(execFileSync("ps", ["-o", "pgid=", "-p", String(pid)], { encoding: "utf8" }).trim());
}

describe("Ctrl+C on a launcher with the embedded database", () => {
  // The postmaster shared the terminal's process group, so Ctrl+C reached it directly: it shut down
  // before the app had drained, the supervisor logged "exited unexpectedly; restarting it" and started
  // another one mid-shutdown, which could outlive the launcher.
  it("stops the app first and the database last, says so, and leaves no postmaster behind", async () => {
    const dataDir = path.join(root, "data");
    const launcher = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], {
      env: { ...process.env, DATABASE_URL: "", REHEARSE_EMBEDDED_DB: "", DATA_DIR: dataDir, LOG_LEVEL: "warn", SMTP_URL: "" },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    children.push(launcher);
    let output = "";
    launcher.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await until(() => /Job worker running/.test(output), 90_000);
    const postmaster = postmasterPid(dataDir);
    expect(isAlive(postmaster)).toBe(true);
    // Out of the terminal's group: the launcher alone decides when the database stops.
    expect(processGroup(postmaster)).not.toBe(launcher.pid);

    const exited = new Promise<number | null>((resolve) => launcher.once("exit", (code) => resolve(code)));
    process.kill(-launcher.pid!, "SIGINT");
    expect(await exited).toBe(130);
    expect(output).toContain(stoppingMessage("SIGINT"));
    expect(output).toMatch(/Stopped\n$/);
    expect(output).not.toContain("exited unexpectedly");
    expect(isAlive(postmaster)).toBe(false);
  }, 150_000);
});
