import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { toFetchRequest } from "./node-adapter";
import { readNodeBody } from "./node-request";
import { readBodyWithLimit } from "./read-body";

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server that hands each request, as toFetchRequest makes it, to `handle`, and answers what it returns. */
async function serve(handle: (request: Request, req: http.IncomingMessage) => Promise<string>): Promise<number> {
  const server = http.createServer((req, res) => {
    const request = toFetchRequest(req, res, "http://127.0.0.1:1234");
    handle(request, req).then(
      (text) => res.end(text),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** What a handler reads from a request, to compare ours with undici's. */
async function describeRequest(request: Request): Promise<Record<string, unknown>> {
  return {
    url: request.url,
    method: request.method,
    headers: [...request.headers],
    bodyUsedBefore: request.bodyUsed,
    hasBody: request.body !== null,
    text: await request.text(),
    bodyUsedAfter: request.bodyUsed,
    mode: request.mode,
    cache: request.cache,
    aborted: request.signal.aborted,
  };
}

describe("toFetchRequest (Node's request as a fetch Request, without building an undici one)", () => {
  it("reads like the undici Request of the same request: url, method, headers, body, bodyUsed and the members it delegates", async () => {
    const seen: Array<{ ours: Record<string, unknown>; undici: Record<string, unknown> }> = [];
    const port = await serve(async (request, req) => {
      const undici = new Request(request.url, {
        method: req.method,
        headers: request.headers,
        ...(req.method === "GET" ? {} : { body: new Uint8Array(), duplex: "half" }),
      } as RequestInit);
      const ours = await describeRequest(request);
      seen.push({ ours, undici: { ...(await describeRequest(undici)), text: ours.text } });
      return "ok";
    });
    await fetch(`http://127.0.0.1:${port}/api/v1/questions?limit=2&tag=a&tag=b`, { headers: { "x-request-id": "r-1", cookie: "a=1" } });
    // A query with characters a URL percent-encodes, sent raw on the request line.
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.end('GET /x?q="a"&r={b}|c HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n'));
      socket.on("data", () => {}).on("close", () => resolve());
    });
    await fetch(`http://127.0.0.1:${port}/api/v1/interviews`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"trackId":"é"}' });
    expect(seen).toHaveLength(3);
    for (const { ours, undici } of seen) expect(ours).toEqual(undici);
    expect(seen[0]!.ours).toMatchObject({ url: "http://127.0.0.1:1234/api/v1/questions?limit=2&tag=a&tag=b", method: "GET", hasBody: false, text: "" });
    expect(seen[2]!.ours).toMatchObject({ method: "POST", hasBody: true, text: '{"trackId":"é"}', bodyUsedBefore: false, bodyUsedAfter: true });
    expect(seen[1]!.ours.url).toBe("http://127.0.0.1:1234/x?q=%22a%22&r={b}|c");
  });

  it("parses JSON and form bodies, clones, and refuses a second read like a Request", async () => {
    const port = await serve(async (request) => {
      if (request.headers.get("content-type") === "application/x-www-form-urlencoded") {
        const copy = request.clone();
        const form = await request.formData();
        return JSON.stringify({ form: form.get("a"), copy: await copy.text() });
      }
      const data = await request.json();
      const again = await request.text().then(() => "read twice", (error: unknown) => (error instanceof TypeError ? "TypeError" : String(error)));
      return JSON.stringify({ data, again });
    });
    const json = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: '{"x":[1,2]}' });
    expect(await json.json()).toEqual({ data: { x: [1, 2] }, again: "TypeError" });
    const form = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=b%20c" });
    expect(await form.json()).toEqual({ form: "b c", copy: "a=b%20c" });
  });

  it("gives a signal that is already aborted when it is first read after the client left, and a body that fails instead of waiting", async () => {
    const outcomes: string[] = [];
    const server = http.createServer((req, res) => {
      const request = toFetchRequest(req, res, "http://127.0.0.1");
      // Read nothing until the client has gone (a handler still waiting on the database).
      res.once("close", () => {
        outcomes.push(`aborted: ${request.signal.aborted}`);
        request.text().then(
          (text) => outcomes.push(`text: ${text}`),
          (error: unknown) => outcomes.push(`failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const socket = net.connect((server.address() as AddressInfo).port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    // Half of a 10-byte body, then gone.
    socket.write("POST /x HTTP/1.1\r\nhost: a\r\ncontent-type: application/json\r\ncontent-length: 10\r\n\r\n{\"a\":");
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await expect.poll(() => outcomes.length).toBe(2);
    expect(outcomes[0]).toBe("aborted: true");
    expect(outcomes[1]).toMatch(/^failed: /);
  });

  it("reads a body straight from Node's stream with the limit: the whole text, a 413 as soon as it passes the limit, the stream path once the body stream is out", async () => {
    const port = await serve(async (request) => {
      if (request.headers.get("x-mode") === "stream-first") {
        void request.body;
        return `direct: ${String(readNodeBody(request, 10, () => new Error("too large")))}, text: ${await readBodyWithLimit(request, 1000)}`;
      }
      const text = await readBodyWithLimit(request, 1000).catch((error: unknown) => `refused: ${(error as { code?: string }).code}`);
      const again = await request.text().then(() => "read again", (error: unknown) => (error instanceof TypeError ? "used" : String(error)));
      return `${text} / ${again}`;
    });
    const send = (body: BodyInit, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}/`, { method: "POST", body, headers, duplex: "half" } as RequestInit).then((response) => response.text());
    expect(await send('{"a":"é"}')).toBe('{"a":"é"} / used');
    // No Content-Length: refused while streaming.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 5; index += 1) controller.enqueue(new Uint8Array(400).fill(120));
        controller.close();
      },
    });
    expect(await send(chunks)).toBe("refused: PAYLOAD_TOO_LARGE / used");
    expect(await send("x".repeat(20), { "x-mode": "stream-first" })).toBe(`direct: undefined, text: ${"x".repeat(20)}`);
  });
});
