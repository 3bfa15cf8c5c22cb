import { expect, test } from "./fixtures";

test.describe("HTTP foundation", () => {
  test("GET /api/health and /api/v1/health answer ok with the same shape", async ({ request }) => {
    for (const path of ["/api/health", "/api/v1/health"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ status: "ok", db: "up" });
      expect(typeof body.version).toBe("string");
      expect(Number.isInteger(body.uptimeSeconds)).toBe(true);
      expect(response.headers()["x-request-id"]).toBeTruthy();
    }
  });

  test("x-request-id is accepted when it is a plain token and replaced when it is not", async ({ request }) => {
    const kept = await request.get("/api/v1/health", { headers: { "x-request-id": "client-req-123" } });
    expect(kept.headers()["x-request-id"]).toBe("client-req-123");
    const replaced = await request.get("/api/v1/health", { headers: { "x-request-id": "bad id with spaces" } });
    expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("errors have the contract's body: unknown endpoint → 404 NOT_FOUND", async ({ request }) => {
    const response = await request.get("/api/v1/no-such-endpoint");
    expect(response.status()).toBe(404);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) }, requestId: response.headers()["x-request-id"] });
  });

  test("a body over 1 MiB is refused with 413 before it is processed", async ({ request }) => {
    const response = await request.post("/api/v1/health", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ padding: "x".repeat(1024 * 1024 + 10) }),
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  test("tRPC mutations refuse cross-site requests and non-JSON bodies", async ({ request }) => {
    const crossSite = await request.post("/api/trpc/health.get", {
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
      data: "{}",
    });
    expect(crossSite.status()).toBe(403);
    const foreignOrigin = await request.post("/api/trpc/health.get", {
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      data: "{}",
    });
    expect(foreignOrigin.status()).toBe(403);
    const formPost = await request.post("/api/trpc/health.get", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "a=b",
    });
    expect(formPost.status()).toBe(400);
    expect((await formPost.json()).error.code).toBe("VALIDATION_ERROR");
  });

  test("pages whose URL carries a token send Referrer-Policy: no-referrer", async ({ request }) => {
    for (const path of ["/reset-password?token=abc", "/verify-email?token=abc"]) {
      const response = await request.get(path);
      expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
    }
    expect((await request.get("/")).headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  test("the tRPC endpoint serves queries for the web app", async ({ request }) => {
    const response = await request.get("/api/trpc/health.get");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.result.data.json).toMatchObject({ status: "ok", db: "up" });
  });

  test("the OpenAPI document lists the health endpoint", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.paths["/health"].get).toBeTruthy();
    expect(document.components.schemas.Error).toBeTruthy();
  });
});
