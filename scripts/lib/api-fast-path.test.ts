import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authRoute } from "@/server/auth/auth-route";
import { callerFor, registerTestUser } from "@/test/helpers/caller";
import { AuthBrowser } from "@/test/helpers/auth-handlers";
import { connectTestDb } from "@/test/helpers/db";
import { createFastPath, createRouteTable } from "./api-fast-path";
import { startWebServer, type RunningServer } from "./web-server";

const db = connectTestDb();

/** The shape of .next/routes-manifest.json: a few real entries, and one route file inside /api/v1. */
const manifest = {
  caseSensitive: false,
  staticRoutes: [
    { page: "/", regex: "^/(?:/)?$" },
    { page: "/api/health", regex: "^/api/health(?:/)?$" },
    { page: "/api/v1/special", regex: "^/api/v1/special(?:/)?$" },
    { page: "/settings", regex: "^/settings(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
    { page: "/api/trpc/[trpc]", regex: "^/api/trpc/([^/]+?)(?:/)?$" },
    { page: "/api/v1/[...path]", regex: "^/api/v1/(.+?)(?:/)?$" },
    { page: "/practice/[id]", regex: "^/practice/([^/]+?)(?:/)?$" },
  ],
};

let server: RunningServer;
let base: string;

beforeAll(async () => {
  const table = createRouteTable(manifest, new Set(["/icon.svg"]));
  const late: { fastPath?: ReturnType<typeof createFastPath> } = {};
  server = await startWebServer(
    (req, res) => {
      if (late.fastPath?.(req, res)) return;
      res.writeHead(200, { "content-type": "text/plain" }).end("from next");
    },
    { port: 0, hostname: "127.0.0.1" },
  );
  late.fastPath = createFastPath(table, server.port);
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(() => server.close(1000));

describe("the API fast path (our server, before Next)", () => {
  it("serves /api/health, REST and tRPC with request ids and security headers", async () => {
    for (const path of ["/api/health", "/api/v1/health"]) {
      const response = await fetch(`${base}${path}`, { headers: { "x-request-id": "fast-1" } });
      expect(response.status, path).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok", db: "up" });
      expect(response.headers.get("x-request-id")).toBe("fast-1");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
    const trpc = await fetch(`${base}/api/trpc/health.get`);
    expect(((await trpc.json()) as { result: { data: { json: { status: string } } } }).result.data.json.status).toBe("ok");
  });

  it("keeps the contract's errors, body limit and cross-site refusal", async () => {
    const unknown = await fetch(`${base}/api/v1/no-such-endpoint`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) }, requestId: unknown.headers.get("x-request-id") });
    const tooLarge = await fetch(`${base}/api/v1/health`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ pad: "x".repeat(1024 * 1024 + 10) }) });
    expect(tooLarge.status).toBe(413);
    const crossSite = await fetch(`${base}/api/trpc/health.get`, { method: "POST", headers: { "content-type": "application/json", origin: "https://evil.example" }, body: "{}" });
    expect(crossSite.status).toBe(403);
  });

  it("refuses a streamed body over 1 MiB with 413 (no Content-Length), and the response still arrives", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/api/v1/health`, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.write(`{"pad":"${"x".repeat(512 * 1024)}`);
      req.write("x".repeat(768 * 1024));
      req.end(`"}`);
    });
    expect(status).toBe(413);
  });

  it("reads the Auth.js session cookie without Next's request scope", async () => {
    const { email, password } = await registerTestUser(db, "fastpath");
    const browser = new AuthBrowser(authRoute);
    await browser.signIn(email, password);
    const signedIn = await fetch(`${base}/api/trpc/me.get`, { headers: { cookie: browser.cookieHeader() } });
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as { result: { data: { json: { user: { email: string } } } } }).result.data.json.user.email).toBe(email);
    await browser.signOut();
    expect((await fetch(`${base}/api/trpc/me.get`)).status).toBe(401);
  });

  it("answers HEAD from GET and 405 with Allow for a method the route does not export", async () => {
    const head = await fetch(`${base}/api/health`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const wrong = await fetch(`${base}/api/health`, { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD");
  });

  it("answers unknown paths with a static 404 (HTML for pages, the JSON error under /api/)", async () => {
    const page = await fetch(`${base}/no-such-page`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("<h1>We couldn’t find that page</h1>");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const api = await fetch(`${base}/api/nope`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("writes the static 404 in the reader's language: the switcher's cookie, else Accept-Language", async () => {
    const russian = await fetch(`${base}/no-such-page`, { headers: { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" } });
    const russianHtml = await russian.text();
    expect(russian.status).toBe(404);
    expect(russianHtml).toContain('<html lang="ru">');
    expect(russianHtml).toContain("<h1>Страница не найдена</h1>");
    expect(russian.headers.get("content-language")).toBe("ru");
    const korean = await fetch(`${base}/no-such-page`, { headers: { "accept-language": "ru", cookie: "theme=dark; locale=ko" } });
    expect(await korean.text()).toContain('<html lang="ko">');
    const unknown = await fetch(`${base}/no-such-page`, { headers: { "accept-language": "fr-FR", cookie: "locale=xx" } });
    expect(await unknown.text()).toContain('<html lang="en">');
  });

  it("leaves pages, other routes, public files and unusual paths to Next", async () => {
    for (const path of ["/", "/settings", "/practice/abc", "/api/auth/session", "/api/v1/special", "/icon.svg", "/_next/static/x.js", "/no-such-page/", "/a%20b"]) {
      expect(await (await fetch(`${base}${path}`)).text(), path).toBe("from next");
    }
  });
});

/** A response's raw bytes (its Date blanked), from a request the server answers and then closes. */
function rawResponse(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, "127.0.0.1", () => socket.write(`${request}Host: 127.0.0.1\r\nX-Request-Id: bytes-1\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8").replace(/\r\nDate: [^\r]+\r\n/, "\r\nDate: -\r\n")));
    socket.on("error", reject);
  });
}

const SECURITY =
  "X-Content-Type-Options: nosniff\r\nReferrer-Policy: strict-origin-when-cross-origin\r\nX-Frame-Options: DENY\r\n" +
  "Permissions-Policy: camera=(), microphone=(self), geolocation=(), payment=()\r\nCross-Origin-Opener-Policy: same-origin\r\n" +
  "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n";
const json = (status: string, body: string, extra = "") =>
  `HTTP/1.1 ${status}\r\n${SECURITY}content-type: application/json\r\n${extra}x-request-id: bytes-1\r\ncontent-length: ${Buffer.byteLength(body)}\r\nDate: -\r\nConnection: close\r\n\r\n${body}`;

describe("the question list's bytes (docs/performance.md: its path was cut, its response must not change)", () => {
  // The expected bytes are those the server sent before the cuts (status line, headers in order, body).
  it("sends the same status line, headers and body for the REST and tRPC lists, a 400, an unknown endpoint and HEAD", async () => {
    const { caller } = callerFor(db);
    const page = await caller.catalog.questions({ track: "behavioral", limit: 3 });
    expect(page.questions).toHaveLength(3);
    expect(await rawResponse("GET /api/v1/questions?track=behavioral&limit=3 HTTP/1.1\r\n")).toBe(json("200 OK", JSON.stringify(page)));
    const trpcInput = encodeURIComponent(JSON.stringify({ json: { track: "behavioral", limit: 3 } }));
    expect(await rawResponse(`GET /api/trpc/catalog.questions?input=${trpcInput} HTTP/1.1\r\n`)).toBe(
      json("200 OK", JSON.stringify({ result: { data: { json: page } } }), "vary: trpc-accept, accept\r\n"),
    );
    const invalid = '{"error":{"code":"VALIDATION_ERROR","message":"Invalid input — limit: at least 1","details":{"fields":{"limit":"at least 1"}}},"requestId":"bytes-1"}';
    expect(await rawResponse("GET /api/v1/questions?limit=0 HTTP/1.1\r\n")).toBe(json("400 Bad Request", invalid));
    expect(await rawResponse("GET /api/v1/nope HTTP/1.1\r\n")).toBe(json("404 Not Found", '{"error":{"code":"NOT_FOUND","message":"Not found"},"requestId":"bytes-1"}'));
    // HEAD answers as GET would, without the body (it was the adapter's 204 warm-up until rest-methods.test.ts).
    expect(await rawResponse("HEAD /api/v1/questions HTTP/1.1\r\n")).toBe(`HTTP/1.1 200 OK\r\n${SECURITY}content-type: application/json\r\nx-request-id: bytes-1\r\nDate: -\r\nConnection: close\r\n\r\n`);
  });
});
