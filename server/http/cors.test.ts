/**
 * A browser on an allowed origin can call every endpoint and read every header the contract
 * documents: the preflight named no PUT (transcripts, drafts, requirements), and Idempotent-Replayed
 * and Content-Range were not exposed.
 */
import { describe, expect, it } from "vitest";
import { corsHeaders, preflightResponse } from "./cors";
import { openApiDocument } from "./openapi";

const ORIGIN = "https://app.example.com";

describe("CORS for /api/v1", () => {
  it("the preflight allows every method the OpenAPI document uses", () => {
    const request = new Request("http://localhost/api/v1/answers/x/transcript", { method: "OPTIONS", headers: { origin: ORIGIN, "access-control-request-method": "PUT" } });
    const allowed = preflightResponse(request, corsHeaders(request, [ORIGIN])).headers.get("access-control-allow-methods")!.split(/,\s*/);
    const used = new Set(Object.values(openApiDocument("http://localhost").paths ?? {}).flatMap((item) => Object.keys(item as object).map((method) => method.toUpperCase())));
    expect(used.has("PUT")).toBe(true);
    expect([...used].filter((method) => !allowed.includes(method))).toEqual([]);
  });

  it("exposes the documented response headers, and nothing to an origin not listed", () => {
    const request = new Request("http://localhost/api/v1/me", { headers: { origin: ORIGIN } });
    const exposed = corsHeaders(request, [ORIGIN])["Access-Control-Expose-Headers"]!.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["x-request-id", "Retry-After", "Idempotent-Replayed", "Content-Range"]));
    expect(corsHeaders(new Request("http://localhost/api/v1/me", { headers: { origin: "https://evil.example" } }), [ORIGIN])).toEqual({});
  });
});
