/**
 * tRPC gets a POST's body as the text we read (withBodyText) instead of a second Request built
 * around it. For each body here, tRPC must answer the same status, headers and body either way.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { stopRealtime } from "@/server/realtime/hub";
import { uniqueEmail } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { TRPC_ENDPOINT, withBodyText } from "./trpc-handler";

connectTestDb();
afterAll(() => stopRealtime());

async function answer(path: string, template: string, form: "text" | "replayed") {
  // A new address per call: the reset link is rate limited per address.
  const body = template.replaceAll("EMAIL", uniqueEmail("trpc-body"));
  const req = new Request(`http://localhost:3999${TRPC_ENDPOINT}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  // The handler has read the body already (with its limit) before tRPC sees the request.
  const text = await req.text();
  const seen = form === "text" ? withBodyText(req, text) : new Request(req.url, { method: req.method, headers: req.headers, body: text });
  const response = await fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    router: appRouter,
    req: seen,
    createContext: () => createRequestContext(req, { requestId: "same-1", transport: "web" }),
  });
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

describe("tRPC POST with the body text we read", () => {
  it("answers as with a replayed Request: success, batch, validation, unauthorized, not a mutation, bad JSON, empty body", async () => {
    const email = "EMAIL";
    const cases: Array<[string, string]> = [
      ["auth.forgotPassword", JSON.stringify({ json: { email } })],
      ["auth.forgotPassword,auth.forgotPassword?batch=1", JSON.stringify({ 0: { json: { email } }, 1: { json: { email: "not-an-email" } } })],
      ["auth.forgotPassword", JSON.stringify({ json: { email: 42 } })],
      ["interviews.create", JSON.stringify({ json: { track: "behavioral", level: "mid", questionCount: 1 } })],
      ["health.get", "{}"],
      ["auth.forgotPassword", "{not json"],
      ["auth.forgotPassword", ""],
      ["no.such", "{}"],
    ];
    for (const [path, body] of cases) {
      const replayed = await answer(path, body, "replayed");
      expect(await answer(path, body, "text"), `${path} ${body}`).toEqual(replayed);
    }
    expect((await answer("auth.forgotPassword", "{not json", "text")).status).toBe(400);
    expect((await answer("interviews.create", "{}", "text")).status).toBe(401);
  });

  it("gives tRPC the original request otherwise: headers, URL, method and its abort signal", () => {
    const controller = new AbortController();
    const req = new Request("http://localhost:3999/api/trpc/x", { method: "POST", headers: { "x-a": "1" }, body: "{}", signal: controller.signal });
    const seen = withBodyText(req, "{}");
    expect(seen.headers.get("x-a")).toBe("1");
    expect([seen.url, seen.method]).toEqual([req.url, "POST"]);
    controller.abort();
    expect(seen.signal.aborted).toBe(true);
  });
});
