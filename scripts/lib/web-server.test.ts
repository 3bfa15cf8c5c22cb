/**
 * The two headers our server writes before Next sees a request: the socket's address and whether the
 * request arrived forwarded by a proxy. Next adds an X-Forwarded-For of its own to every page
 * request, which once made the dev mailbox refuse the machine's own browser; the recorded marker is
 * what the local-machine rule (isLocalMachineRequest) reads, and a client cannot forge either.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLocalMachineRequest, PEER_FORWARDED_HEADER, PEER_IP_HEADER } from "@/server/client-ip";
import { KEEP_ALIVE_TIMEOUT_MS, startWebServer, type RunningServer } from "./web-server";

let server: RunningServer;

beforeAll(async () => {
  server = await startWebServer(
    (req, res) => {
      // What Next does to the request before a page reads it.
      req.headers["x-forwarded-for"] ??= req.socket.remoteAddress;
      const headers = new Headers(Object.entries(req.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));
      const body = JSON.stringify({ peer: headers.get(PEER_IP_HEADER), forwarded: headers.get(PEER_FORWARDED_HEADER), local: isLocalMachineRequest(headers) });
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    },
    { port: 0, hostname: "127.0.0.1" },
  );
});

afterAll(() => server.close(1000));

function seen(headers: Record<string, string>): Promise<{ peer: string | null; forwarded: string | null; local: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: server.port, path: "/dev/mailbox", headers }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(JSON.parse(body)));
    });
    request.on("error", reject).end();
  });
}

describe("the peer headers our server sets", () => {
  it("a browser on this machine is local, though Next adds its own X-Forwarded-For", async () => {
    expect(await seen({})).toEqual({ peer: "127.0.0.1", forwarded: "0", local: true });
  });

  it("a request a proxy forwarded is not local, whichever header the proxy used", async () => {
    expect(await seen({ "x-forwarded-for": "203.0.113.7" })).toEqual({ peer: "127.0.0.1", forwarded: "1", local: false });
    expect(await seen({ forwarded: "for=203.0.113.7" })).toEqual({ peer: "127.0.0.1", forwarded: "1", local: false });
  });

  it("client-sent values of our headers are replaced, never believed", async () => {
    const forged = await seen({ "x-forwarded-for": "203.0.113.7", [PEER_IP_HEADER]: "10.9.9.9", [PEER_FORWARDED_HEADER]: "0" });
    expect(forged).toEqual({ peer: "127.0.0.1", forwarded: "1", local: false });
  });
});

describe("idle keep-alive connections", () => {
  /** One GET on the agent's socket; `reused` says whether it went out on a connection kept from before. */
  function get(agent: http.Agent): Promise<{ status: number; reused: boolean }> {
    return new Promise((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port: server.port, path: "/", agent }, (response) => {
        response.resume().on("end", () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }));
      });
      request.on("error", reject);
    });
  }

  it("stay open past Node's 5 s default, so a client or proxy that waited 6 s reuses its socket instead of racing the close", async () => {
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(agent)).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6000));
      // With the default the server had closed the socket at 5 s: the agent would have dropped it (reused: false) or hit a reset.
      expect(await get(agent)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 15_000);
});
