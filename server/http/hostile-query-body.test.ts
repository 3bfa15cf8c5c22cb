/**
 * Hostile input through the real REST handler: a JSON body that is not UTF-8, a query parameter
 * given twice or a number not written in decimal digits, and HEAD on an answer's event stream.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { stopRealtime } from "@/server/realtime/hub";
import { connectTestDb } from "@/test/helpers/db";
import { verifiedTestUser } from "@/test/helpers/caller";
import { bearerTestUser, type TRestErrorBody } from "@/test/helpers/rest-actor";
import { handleRestRequest } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = "http://localhost:3999/api/v1";

afterAll(() => stopRealtime());

async function actor(prefix: string) {
  const { caller, authorization } = await bearerTestUser(db, prefix);
  const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
  const questionId = interview.questions[0]!.questionId;
  const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "I listened first, then we agreed on a plan." });
  return { auth: { authorization }, caller, answerId: answer.id };
}

async function get(path: string, headers: Record<string, string>) {
  const response = await handle(new Request(`${BASE}${path}`, { headers }));
  return { status: response.status, body: (await response.json()) as TRestErrorBody };
}

describe("a JSON body that is not UTF-8", () => {
  it("is a 400 naming the body, and nothing is stored (no U+FFFD in its place)", async () => {
    const { auth, caller } = await actor("utf8");
    const before = (await caller.me.get()).user.name;
    const bytes = Buffer.concat([Buffer.from('{"name":"Ana'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const response = await handle(new Request(`${BASE}/me`, { method: "PATCH", headers: { ...auth, "content-type": "application/json" }, body: bytes }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as TRestErrorBody;
    expect(body.error).toMatchObject({ code: "VALIDATION_ERROR", message: "The request body is not valid UTF-8.", details: { fields: { body: "must be valid UTF-8" } } });
    expect((await caller.me.get()).user.name).toBe(before);
    // Valid UTF-8 (Cyrillic, an emoji) still goes through.
    const ok = await handle(new Request(`${BASE}/me`, { method: "PATCH", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ name: "Аня 🎯" }) }));
    expect(ok.status).toBe(200);
    expect((await caller.me.get()).user.name).toBe("Аня 🎯");
  });
});

describe("query parameters", () => {
  it("refuses a parameter that is not an array given more than once, naming it", async () => {
    const { auth, answerId } = await actor("repeat");
    for (const [path, key] of [
      ["/questions?limit=5&limit=6", "limit"],
      ["/questions?track=coding&track=behavioral", "track"],
      ["/questions?tag=a&tag=b", "tag"],
      [`/answers/${answerId}?wait=1&wait=2`, "wait"],
      ["/interviews?limit=5&limit=5", "limit"],
    ] as const) {
      const { status, body } = await get(path, auth);
      expect(status, path).toBe(400);
      expect(body.error.details?.fields?.[key], path).toContain("given more than once");
      expect(body.error.message, path).toContain(key);
    }
    expect((await get("/questions?limit=5&track=coding", auth)).status).toBe(200);
  });

  it("refuses a whole number written other than in decimal digits (Number() would take 0x10, 1e1, 5.0, an empty value)", async () => {
    const { auth, answerId } = await actor("digits");
    for (const [path, key] of [
      [`/answers/${answerId}?wait=0x10`, "wait"],
      [`/answers/${answerId}?wait=`, "wait"],
      [`/answers/${answerId}?wait=%201`, "wait"],
      ["/questions?limit=1e1", "limit"],
      ["/questions?limit=0b11", "limit"],
      ["/interviews?limit=5.0", "limit"],
    ] as const) {
      const { status, body } = await get(path, auth);
      expect(status, path).toBe(400);
      expect(body.error.details?.fields?.[key], path).toContain("whole number");
    }
    // What is not a number at all keeps the schema's message.
    expect((await get("/questions?limit=old", auth)).body.error.details?.fields).toEqual({ limit: "expected a number" });
    expect((await get(`/answers/${answerId}?wait=0`, auth)).status).toBe(200);
    expect((await get("/questions?limit=10", auth)).status).toBe(200);
  });

  it("names a field's own limit for a number past the safe-integer range, not 2^53", async () => {
    const { auth } = await actor("huge-limit");
    for (const [path, limit] of [
      ["/interviews?limit=99999999999999999999", "100"],
      ["/questions?limit=99999999999999999999", "100"],
    ] as const) {
      const { status, body } = await get(path, auth);
      expect(status, path).toBe(400);
      expect(body.error.details?.fields?.limit, path).toContain(limit);
      expect(JSON.stringify(body), path).not.toContain("9007199254740991");
    }
  });
});

describe("unknown query parameters", () => {
  it("a query whose parameters are all unknown is a 400 naming them and what the endpoint takes, not an unfiltered list", async () => {
    const { auth, answerId } = await actor("unknown-query");
    for (const [path, key, takes] of [
      ["/interviews?staus=completed", "staus", "status"],
      ["/questions?trak=coding", "trak", "track"],
      [`/answers/${answerId}?wiat=5`, "wiat", "wait"],
    ] as const) {
      const { status, body } = await get(path, auth);
      expect(status, path).toBe(400);
      expect(body.error.details?.fields?.[key], path).toContain("not a query parameter of this endpoint");
      expect(body.error.message, path).toContain(takes);
    }
    // Beside a known one an unknown parameter is dropped (as a body's unknown field is); a known one alone works.
    expect((await get("/interviews?status=completed&utm_source=mail", auth)).status).toBe(200);
    expect((await get("/questions?track=coding", auth)).status).toBe(200);
    // An endpoint that takes nothing from the query still ignores it.
    expect((await get("/me?x=1", auth)).status).toBe(200);
  });
});

describe("HEAD /answers/{id}/events", () => {
  it("answers the GET's status and headers without a body, and opens no stream", async () => {
    const { auth, answerId } = await actor("head-events");
    const url = `${BASE}/answers/${answerId}/events`;
    const ok = await handle(new Request(url, { method: "HEAD", headers: auth }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/event-stream");
    expect(ok.body).toBeNull();
    const other = await actor("head-events-other");
    for (const [request, status] of [
      [new Request(url, { method: "HEAD" }), 401],
      [new Request(`${BASE}/answers/not-a-uuid/events`, { method: "HEAD", headers: auth }), 400],
      [new Request(url, { method: "HEAD", headers: other.auth }), 404],
    ] as const) {
      const response = await handle(request);
      expect(response.status, request.url).toBe(status);
      expect(response.body, request.url).toBeNull();
      expect(response.headers.get("x-request-id")).toBeTruthy();
      // The GET of the same request answers the same status.
      const asGet = await handle(new Request(request.url, { headers: request.headers }));
      expect(asGet.status).toBe(status);
    }
  });
});

describe("DELETE /me", () => {
  const del = async (path: string, auth: Record<string, string>, body?: string) => {
    const response = await handle(new Request(`${BASE}${path}`, { method: "DELETE", headers: { ...auth, "content-type": "application/json" }, body }));
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as TRestErrorBody) };
  };

  it("refuses the password in the URL, even beside the right one in the body, and keeps the account", async () => {
    const { user, password } = await verifiedTestUser(db, "del-query");
    const { accessToken } = await issueTokenPair(db, user);
    const auth = { authorization: `Bearer ${accessToken}` };
    const inUrl = await del(`/me?password=${encodeURIComponent(password)}`, auth);
    expect(inUrl.status).toBe(400);
    expect(inUrl.body?.error.details?.fields?.password).toBe("send it in the JSON body, not in the URL");
    expect((await del("/me?password=wrong-password", auth, JSON.stringify({ password }))).status).toBe(400);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toHaveLength(1);
  });

  it("names a password that is not a string instead of converting it, and deletes with the right one in the body", async () => {
    const { user, password } = await verifiedTestUser(db, "del-types");
    const { accessToken } = await issueTokenPair(db, user);
    const auth = { authorization: `Bearer ${accessToken}` };
    for (const value of [true, 123, ["x"], { a: 1 }, null]) {
      const { status, body } = await del("/me", auth, JSON.stringify({ password: value }));
      expect(status, JSON.stringify(value)).toBe(400);
      expect(body?.error.details?.fields?.password, JSON.stringify(value)).toBe("expected a string");
    }
    expect((await del("/me", auth, JSON.stringify({ password }))).status).toBe(204);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toHaveLength(0);
  });
});

describe("a body of Object.prototype names", () => {
  it("is refused as unknown fields, like any other name the endpoint does not take", async () => {
    const { auth, caller } = await actor("proto");
    const before = (await caller.me.get()).user;
    for (const body of ['{"toString":1}', '{"constructor":{"prototype":{"x":1}}}', '{"hasOwnProperty":1}', '{"__proto__":{"role":"admin"}}']) {
      const response = await handle(new Request(`${BASE}/me`, { method: "PATCH", headers: { ...auth, "content-type": "application/json" }, body }));
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as TRestErrorBody).error.message, body).toContain("not a field of this endpoint");
    }
    expect((await caller.me.get()).user).toEqual(before);
  });
});
