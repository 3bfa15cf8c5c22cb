import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWebServer } from "./web-server";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One request on its own connection (no keep-alive), so each may land on another process. */
function get(port: number, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("web processes on one port (node:cluster)", () => {
  it("spreads requests over two processes and drains an in-flight request on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/lib/fixtures/web-cluster-app.ts"), String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const ready = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        const line = chunk.toString();
        if (line.startsWith("ready")) resolve(line.trim());
      });
      child.once("exit", (code) => reject(new Error(`fixture exited (${code})`)));
    });
    const workerPids = ready.split(" ")[1]!.split(",");
    expect(workerPids).toHaveLength(2);

    const seen = new Set<string>();
    for (let index = 0; index < 20; index += 1) seen.add((await get(port, "/pid")).body);
    expect(seen.size).toBe(2);
    expect([...seen].sort()).toEqual([...workerPids].sort());
    expect(seen.has(String(child.pid))).toBe(false);

    const slow = get(port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await slow).toEqual({ status: 200, body: "done" });
    expect(await exited).toBe(143);
    await expect(get(port, "/pid")).rejects.toThrow(/ECONNREFUSED/);
  }, 60_000);
});

describe("graceful close of one web server", () => {
  it("refuses new connections at once, lets an in-flight request finish, and cuts one that overruns the drain", async () => {
    const server = await startWebServer(
      (req, res) => {
        if (req.url === "/hang") return; // never answers
        setTimeout(() => res.end("finished"), 400);
      },
      { port: 0, hostname: "127.0.0.1" },
    );
    const inFlight = get(server.port, "/work");
    const hanging = get(server.port, "/hang").then(
      () => "answered",
      () => "cut",
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const closed = server.close(1000);
    await expect(get(server.port, "/work")).rejects.toThrow(/ECONNREFUSED/);
    expect(await inFlight).toEqual({ status: 200, body: "finished" });
    expect(await hanging).toBe("cut");
    await closed;
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
