/**
 * Requests Node's parser refuses never reach a handler: before server/http/client-error.ts they got
 * Node's bare "431" or "400" with no body and no request id. Sent over a raw socket, since an HTTP
 * client would refuse to send most of them.
 */
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebServer, type RunningServer } from "./web-server";

let server: RunningServer;

beforeAll(async () => {
  server = await startWebServer((_req, res) => res.writeHead(200, { "content-type": "text/plain", "content-length": "2" }).end("ok"), { port: 0, hostname: "127.0.0.1" });
});

afterAll(() => server.close(1000));

/** Writes raw bytes and reads everything until the server closes the connection. */
function raw(bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body });
    });
  });
}

describe("requests the HTTP parser refuses", () => {
  it("headers over Node's limit get a 431 with the contract's error body naming the limit", async () => {
    const cookie = "a".repeat(http.maxHeaderSize + 100);
    const response = await raw(`GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n\r\n`);
    expect(response.status).toBe(431);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(response.body) as { error: { code: string; message: string; details: { limitBytes: number } }; requestId: string };
    expect(body.error).toMatchObject({ code: "HEADERS_TOO_LARGE", details: { limitBytes: http.maxHeaderSize } });
    expect(body.error.message).toContain("16 KiB");
    expect(body.requestId).toBe(response.headers["x-request-id"]);
    expect(Number(response.headers["content-length"])).toBe(Buffer.byteLength(response.body));
  });

  it("a malformed request line or header is a 400 VALIDATION_ERROR with a body, not a bare status", async () => {
    for (const bytes of ["GET / HTTP/9.9.9\r\n\r\n", "GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"]) {
      const response = await raw(bytes);
      expect(response.status, JSON.stringify(bytes)).toBe(400);
      expect(JSON.parse(response.body), JSON.stringify(bytes)).toMatchObject({ error: { code: "VALIDATION_ERROR", message: expect.stringContaining("not well-formed HTTP") }, requestId: expect.any(String) });
      expect(response.headers.connection).toBe("close");
    }
  });

  it("a well-formed request on the same server is untouched", async () => {
    const response = await raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(response.status).toBe(200);
    expect(response.body).toBe("ok");
  });
});
