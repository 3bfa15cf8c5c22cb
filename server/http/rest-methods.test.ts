/**
 * A known REST path asked with a method it does not take answers 405 with Allow (it said 404
 * "Not found", as if the path did not exist); HEAD answers what GET would, without the body.
 */
import { describe, expect, it } from "vitest";
import { connectTestDb } from "@/test/helpers/db";
import { handleRestRequest, REST_PREFIX } from "./rest-handler";
import { withRequest } from "./with-request";

connectTestDb();
const handle = withRequest(handleRestRequest);
const url = (path: string) => `http://localhost:3999${REST_PREFIX}${path}`;

describe("REST methods", () => {
  it("answers 405 with Allow for a known path and another method", async () => {
    const put = await handle(new Request(url("/tracks"), { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" }));
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET");
    const body = (await put.json()) as { error: { code: string; message: string; details: { allowed: string[] } } };
    expect(body.error).toEqual({ code: "METHOD_NOT_ALLOWED", message: expect.stringContaining("GET") as string, details: { allowed: ["GET"] } });

    const me = await handle(new Request(url("/me"), { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" }));
    expect(me.status).toBe(405);
    expect(me.headers.get("allow")?.split(", ")).toEqual(expect.arrayContaining(["GET", "PATCH", "DELETE"]));

    const deleteTracks = await handle(new Request(url("/tracks"), { method: "DELETE" }));
    expect(deleteTracks.status).toBe(405);
  });

  it("answers 405 with Allow on the recording and event-stream endpoints served outside the JSON API (they said 404)", async () => {
    const id = "00000000-0000-4000-8000-000000000001";
    for (const [method, path, allowed] of [
      ["GET", `/interviews/${id}/questions/${id}/recordings?kind=answer`, "POST"],
      ["DELETE", `/recordings/${id}/audio`, "GET, HEAD"],
      ["PUT", `/recordings/${id}/audio`, "GET, HEAD"],
      ["POST", `/answers/${id}/events`, "GET, HEAD"],
      ["DELETE", `/answers/${id}/events`, "GET, HEAD"],
    ] as const) {
      const response = await handle(new Request(url(path), { method }));
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get("allow"), `${method} ${path}`).toBe(allowed);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
    }
  });

  it("answers the job-description upload's other methods with the JSON 405, not Next's empty one", async () => {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"] as const) {
      const response = await handle(new Request(url("/job-targets/upload"), { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe("POST");
      expect(response.headers.get("x-request-id"), method).toBeTruthy();
      expect(((await response.json()) as { error: { code: string } }).error.code, method).toBe("METHOD_NOT_ALLOWED");
    }
  });

  it("still answers 404 for a path no method takes", async () => {
    const response = await handle(new Request(url("/no-such-thing"), { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("answers HEAD as GET without the body", async () => {
    const get = await handle(new Request(url("/tracks")));
    const head = await handle(new Request(url("/tracks"), { method: "HEAD" }));
    expect(head.status).toBe(get.status);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
    expect(await head.text()).toBe("");

    const unauthorized = await handle(new Request(url("/me"), { method: "HEAD" }));
    expect(unauthorized.status).toBe(401);
  });
});

describe("the job-description upload under CORS", () => {
  it("answers an allowed origin's preflight and request like every other /api/v1 path", async () => {
    const { resetEnvCache } = await import("@/server/env");
    const before = process.env.CORS_ORIGINS;
    process.env.CORS_ORIGINS = "https://app.example.test";
    resetEnvCache();
    try {
      const origin = { origin: "https://app.example.test" };
      const preflight = await handle(new Request(url("/job-targets/upload"), { method: "OPTIONS", headers: { ...origin, "access-control-request-method": "POST" } }));
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example.test");
      // A token that is no good: a 401, which the browser code can read because it carries the CORS headers.
      const post = await handle(
        new Request(url("/job-targets/upload?fileName=jd.txt"), { method: "POST", headers: { ...origin, authorization: "Bearer stale", "content-type": "text/plain" }, body: "PostgreSQL and Redis." }),
      );
      expect(post.status).toBe(401);
      expect(post.headers.get("access-control-allow-origin")).toBe("https://app.example.test");
    } finally {
      if (before === undefined) delete process.env.CORS_ORIGINS;
      else process.env.CORS_ORIGINS = before;
      resetEnvCache();
    }
  });
});
