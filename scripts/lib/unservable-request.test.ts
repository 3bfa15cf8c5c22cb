/**
 * TRACE and a malformed percent-escape in the path reached Next, which answered a bare 500 with no log
 * line (hostile pass over the production server). The listener here fails the way Next does (it
 * builds a fetch Request and decodes the path), so without the guard these requests get its 500.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseUnservable, unservableRequest } from "./unservable-request";
import { startWebServer, type RunningServer } from "./web-server";

let server: RunningServer;

/** What Next does with a request, reduced to the two steps that threw. */
function nextLike(req: http.IncomingMessage, res: http.ServerResponse): void {
  try {
    new Request(`http://localhost${req.url}`, { method: req.method });
    decodeURIComponent((req.url ?? "/").split("?")[0]!);
    res.writeHead(200, { "content-type": "text/plain" }).end("from next");
  } catch {
    res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
  }
}

beforeAll(async () => {
  server = await startWebServer((req, res) => refuseUnservable(req, res) || nextLike(req, res), { port: 0, hostname: "127.0.0.1" });
});

afterAll(() => server.close(1000));

function send(method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: server.port, method, path, headers: { "x-request-id": "hostile-1" } }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject).end();
  });
}

describe("requests Next cannot serve", () => {
  it("TRACE gets a 405 with Allow and the API's error body, on pages and the API (Node's parser refuses TRACK itself)", async () => {
    for (const path of ["/", "/api/v1/job-targets/upload", "/practice", "/api/auth/session"]) {
      const response = await send("TRACE", path);
      expect(response.status, path).toBe(405);
      expect(response.headers.allow).toContain("GET");
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: "METHOD_NOT_ALLOWED", details: { allowed: expect.arrayContaining(["GET", "POST"]) } }, requestId: "hostile-1" });
    }
  });

  it("a malformed percent-escape in the path is a 400 naming it, not a 500", async () => {
    for (const path of ["/api/v1/interviews/%ZZ", "/api/v1/answers/%E0%A4%A/events", "/practice/%C0%AF", "/api/v1/%"]) {
      const response = await send("GET", path);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: "VALIDATION_ERROR", details: { fields: { path: "malformed percent-escape" } } } });
      expect(response.headers["x-request-id"]).toBe("hostile-1");
    }
  });

  it("everything else goes on untouched: valid escapes, a query string Next does not decode, other methods", async () => {
    for (const [method, path] of [["GET", "/practice/%20x"], ["GET", "/api/v1/questions?tag=%ZZ"], ["POST", "/api/v1/interviews"], ["PATCH", "/"], ["GET", "/%F0%9F%8E%AF"]] as const) {
      const response = await send(method, path);
      expect(response.status, `${method} ${path}`).toBe(200);
      expect(response.body).toBe("from next");
    }
    expect(unservableRequest("GET", undefined)).toBeNull();
  });
});
