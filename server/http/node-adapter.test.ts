import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendFetchResponse, toFetchRequest } from "./node-adapter";
import { jsonResponse, textResponse, wholeBodyText } from "./text-response";

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

  it("sends a response made by jsonResponse from its text, without reading its body stream, with the bytes Response.json gives", async () => {
    const data = { ok: "é", list: [1, 2] };
    let made: Response | undefined;
    const port = await serve(() => (made = jsonResponse(data, { status: 201, headers: { "x-a": "1" } })));
    const response = await fetch(`http://127.0.0.1:${port}/`);
    const reference = Response.json(data, { status: 201, headers: { "x-a": "1" } });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe(reference.headers.get("content-type"));
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(JSON.stringify(data))));
    expect(await response.text()).toBe(await reference.text());
    expect(made!.bodyUsed).toBe(false);
    // Sent from its text: no body stream was made for it.
    expect(wholeBodyText(made!)).toBe(JSON.stringify(data));
    // The Response itself is a normal one for anyone else (Next's route files, tests).
    expect(await jsonResponse(data).json()).toEqual(data);
  });

  it("makes text responses that read like undici's for anyone else: body stream, every reader, clone, bodyUsed, default content type", async () => {
    const text = '{"a":"é"}';
    const pairs: Array<[Response, Response]> = [
      [textResponse(text, { status: 201, headers: { "x-a": "1" } }), new Response(text, { status: 201, headers: { "x-a": "1" } })],
      [jsonResponse({ a: "é" }, { status: 409 }), Response.json({ a: "é" }, { status: 409 })],
      [textResponse("", { status: 200 }), new Response("", { status: 200 })],
    ];
    for (const [ours, undici] of pairs) {
      expect([ours.status, ours.ok, [...ours.headers], ours.bodyUsed]).toEqual([undici.status, undici.ok, [...undici.headers], undici.bodyUsed]);
      const [oursCopy, undiciCopy] = [ours.clone(), undici.clone()];
      expect(await new Response(ours.body, ours).text()).toBe(await new Response(undici.body, undici).text());
      expect([ours.bodyUsed, wholeBodyText(ours)]).toEqual([undici.bodyUsed, undefined]);
      await expect(ours.text()).rejects.toThrow(TypeError);
      expect(new TextDecoder().decode(await oursCopy.arrayBuffer())).toBe(await undiciCopy.text());
    }
    const readers = textResponse(text, { status: 200 });
    expect(await readers.clone().json()).toEqual({ a: "é" });
    expect(await (await readers.clone().blob()).text()).toBe(text);
    expect(new TextDecoder().decode(await readers.clone().bytes())).toBe(text);
    expect(wholeBodyText(readers)).toBe(text);
  });
});

describe("toFetchRequest", () => {
  it("gives the request a signal that aborts when the client goes away, and not when the response is sent", async () => {
    const signals: AbortSignal[] = [];
    const server = http.createServer((req, res) => {
      const request = toFetchRequest(req, res, "http://127.0.0.1");
      signals.push(request.signal);
      if (req.url === "/fast") res.end("done");
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    expect(await (await fetch(`http://127.0.0.1:${port}/fast`)).text()).toBe("done");
    const leaving = new AbortController();
    const pending = fetch(`http://127.0.0.1:${port}/slow`, { signal: leaving.signal }).catch(() => null);
    await expect.poll(() => signals.length).toBe(2);
    expect(signals[1]!.aborted).toBe(false);
    leaving.abort();
    await pending;
    await expect.poll(() => signals[1]!.aborted).toBe(true);
    expect(signals[0]!.aborted).toBe(false);
  });
});
