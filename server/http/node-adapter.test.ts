import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendFetchResponse } from "./node-adapter";

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function serve(response: () => Response): Promise<number> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => void sendFetchResponse(res, response()));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe("sendFetchResponse", () => {
  it("sends a whole body with its length (no chunked encoding), keeping status, headers and every cookie", async () => {
    const headers = new Headers({ "content-type": "application/json", "x-request-id": "abc" });
    headers.append("set-cookie", "a=1");
    headers.append("set-cookie", "b=2");
    const port = await serve(() => new Response(JSON.stringify({ ok: "é" }), { status: 201, headers }));
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(201);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(JSON.stringify({ ok: "é" }))));
    expect(response.headers.get("transfer-encoding")).toBeNull();
    expect(response.headers.get("x-request-id")).toBe("abc");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await response.json()).toEqual({ ok: "é" });
  });

  it("streams server-sent events as they come: the first event arrives while the stream is still open", async () => {
    let close: () => void = () => {};
    const port = await serve(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode("data: first\n\n"));
              close = () => controller.close();
            },
          }),
          { headers: { "content-type": "text/event-stream" } },
        ),
    );
    const response = await fetch(`http://127.0.0.1:${port}/`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("data: first\n\n");
    close();
    expect((await reader.read()).done).toBe(true);
  });
});
