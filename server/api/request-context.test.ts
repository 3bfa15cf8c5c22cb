import { describe, expect, it } from "vitest";
import { PEER_IP_HEADER } from "@/server/http/client-ip";
import { connectTestDb } from "@/test/helpers/db";
import { createRequestContext } from "./trpc";

connectTestDb();

function request(headers: Record<string, string>): Request {
  return new Request("http://localhost/api/trpc/health.get", { headers });
}

describe("createRequestContext (tRPC, REST and server components share it)", () => {
  it("carries the request id, the client's address and the headers; nobody signed in without a cookie", async () => {
    const ctx = await createRequestContext(request({ [PEER_IP_HEADER]: "203.0.113.9", "idempotency-key": "k-1" }), { requestId: "req-1", transport: "web" });
    expect(ctx).toMatchObject({ requestId: "req-1", transport: "web", ip: "203.0.113.9", user: null, sessionId: null });
    expect(ctx.headers.get("idempotency-key")).toBe("k-1");
  });

  it("reads a bearer token on the REST transport only; a bad one is refused where a caller is needed, never taken for one", async () => {
    const bad = request({ authorization: "Bearer not-a-token" });
    const context = await createRequestContext(bad, { requestId: "req-2", transport: "rest" });
    expect(context.user).toBeNull();
    expect(context.tokenRefusal?.code).toBe("UNAUTHORIZED");
    expect(context.tokenRefusal?.details).toEqual({ reason: "invalid" });
    // The web transport reads the session cookie and ignores Authorization.
    expect((await createRequestContext(bad, { requestId: "req-3", transport: "web" })).user).toBeNull();
  });
});
