import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withBodyLimit } from "./body-limit";

/** Stands in for Auth.js: reports how much of the form it was given. */
const echo = withBodyLimit(async (request) => Response.json({ received: (await request.text()).length, type: request.headers.get("content-type") }), 1024);

/** A streamed body needs `duplex`, which Next's RequestInit type does not list. */
type TInit = ConstructorParameters<typeof NextRequest>[1];

function stream(totalBytes: number, chunk = 256): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(new Uint8Array(Math.min(chunk, totalBytes - sent)).fill(97));
      sent += chunk;
    },
  });
}

describe("the body limit on Auth.js routes", () => {
  const url = "http://localhost/api/auth/callback/credentials";

  it("passes a form under the limit through, intact", async () => {
    const form = "email=a%40b.c&password=x&csrfToken=abc";
    const response = await echo(new NextRequest(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: form.length, type: "application/x-www-form-urlencoded" });
  });

  it("refuses a body whose Content-Length is over the limit with 413, without reading it", async () => {
    const body = stream(20 * 1024 * 1024);
    const response = await echo(new NextRequest(url, { method: "POST", headers: { "content-length": String(20 * 1024 * 1024) }, body, duplex: "half" } as TInit));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a streamed body with no Content-Length once it passes the limit", async () => {
    const response = await echo(new NextRequest(url, { method: "POST", body: stream(20 * 1024 * 1024), duplex: "half" } as TInit));
    expect(response.status).toBe(413);
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });
});
