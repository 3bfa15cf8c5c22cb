/**
 * A JSON body is validated as sent: a string where the contract says boolean or number is a 400
 * naming the field, never converted. Before, the REST path switched the shared input schemas to
 * coercion (trpc-to-openapi does, for bodies too): "false" was stored as true (Boolean("false")),
 * [2] and "2" started an interview, and after one REST request the browser's tRPC calls coerced too.
 * A query's numbers are still read from their digits.
 */
import { afterAll, describe, expect, it } from "vitest";
import { stopRealtime } from "@/server/realtime/hub";
import { errorOf } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { bearerTestUser, type TRestErrorBody } from "@/test/helpers/rest-actor";
import { handleRestRequest } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = "http://localhost:3999/api/v1";

afterAll(() => stopRealtime());

async function actor(prefix: string) {
  const { caller, authorization } = await bearerTestUser(db, prefix);
  return { auth: { authorization, "content-type": "application/json" }, caller };
}

async function send(method: string, path: string, headers: Record<string, string>, body: unknown) {
  const response = await handle(new Request(`${BASE}${path}`, { method, headers, body: JSON.stringify(body) }));
  return { status: response.status, body: (await response.json()) as TRestErrorBody };
}

describe("a JSON body's types", () => {
  it("refuses a boolean written as a string, naming the field, and changes nothing", async () => {
    const { auth, caller } = await actor("bool-string");
    const before = (await caller.me.get()).user.preferences;
    for (const value of ["false", "no", 0, 1, null]) {
      const result = await send("PATCH", "/me", auth, { preferences: { reviewReminders: value } });
      expect(result.status, JSON.stringify(value)).toBe(400);
      expect(result.body.error.code).toBe("VALIDATION_ERROR");
      expect(result.body.error.message).toContain("reviewReminders");
    }
    expect((await caller.me.get()).user.preferences).toEqual(before);
    // Real booleans still work, both ways.
    expect((await send("PATCH", "/me", auth, { preferences: { reviewReminders: !before.reviewReminders } })).status).toBe(200);
    expect((await caller.me.get()).user.preferences.reviewReminders).toBe(!before.reviewReminders);
  });

  it("refuses a number written as a string, an array or a boolean, and starts no interview", async () => {
    const { auth, caller } = await actor("number-shapes");
    for (const value of ["2", [2], true, " 2 ", "0x2"]) {
      const result = await send("POST", "/interviews", auth, { track: "behavioral", level: "mid", questionCount: value });
      expect(result.status, JSON.stringify(value)).toBe(400);
      expect(result.body.error.message).toContain("questionCount");
    }
    const ageResult = await send("PATCH", "/me", auth, { age: "30" });
    expect(ageResult.status).toBe(400);
    expect((await caller.interviews.list({})).interviews).toHaveLength(0);
  });

  it("leaves the browser's tRPC calls strict after REST requests", async () => {
    const { auth, caller } = await actor("trpc-after-rest");
    await send("PATCH", "/me", auth, { preferences: { weeklySummary: "false" } });
    await send("POST", "/interviews", auth, { track: "behavioral", level: "mid", questionCount: "1" });
    const error = await errorOf(caller.me.update({ preferences: { weeklySummary: "false" as unknown as boolean } }));
    expect(error.code).toBe("VALIDATION_ERROR");
  });

  it("still reads a query's numbers from their digits", async () => {
    const { auth } = await actor("query-digits");
    const response = await handle(new Request(`${BASE}/interviews?limit=5`, { headers: { authorization: auth.authorization } }));
    expect(response.status).toBe(200);
    const refused = await handle(new Request(`${BASE}/interviews?limit=five`, { headers: { authorization: auth.authorization } }));
    expect(refused.status).toBe(400);
  });
});

describe("invisible text", () => {
  it("is a 400 naming the field: a name of zero-width spaces, a name with a direction override, an answer of nothing visible", async () => {
    const { auth, caller } = await actor("invisible");
    const before = (await caller.me.get()).user.name;
    for (const name of ["\u200b\u200b", "Bob\u202egnp.exe"]) {
      const result = await send("PATCH", "/me", auth, { name });
      expect(result.status, JSON.stringify(name)).toBe(400);
      expect(result.body.error.details?.fields).toHaveProperty("name");
    }
    expect((await caller.me.get()).user.name).toBe(before);
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const answer = await send("POST", `/interviews/${interview.id}/answers`, auth, { questionId: interview.questions[0]!.questionId, answer: "\u200b " });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details?.fields).toHaveProperty("answer");
  });
});

describe("a body of unknown fields", () => {
  it("is a 400 naming them and the fields the endpoint takes; an unknown field beside a known one is dropped as before", async () => {
    const { auth, caller } = await actor("unknown-fields");
    const before = (await caller.me.get()).user.name;
    const typo = await send("PATCH", "/me", auth, { nmae: "Ann" });
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain("nmae");
    expect(typo.body.error.message).toContain("name");
    expect(typo.body.error.details?.fields).toHaveProperty("nmae");
    expect((await caller.me.get()).user.name).toBe(before);
    const mixed = await send("PATCH", "/me", auth, { name: "Ann", futureField: true });
    expect(mixed.status).toBe(200);
    expect((await caller.me.get()).user.name).toBe("Ann");
  });

  it("is a 400 naming an object field's own fields when all of them are unknown (a typo inside preferences)", async () => {
    const { auth, caller } = await actor("unknown-nested");
    const typo = await send("PATCH", "/me", auth, { preferences: { langauge: "ru" } });
    expect(typo.status).toBe(400);
    expect(typo.body.error.details?.fields).toHaveProperty(["preferences.langauge"]);
    expect(typo.body.error.message).toContain("language");
    expect((await caller.me.get()).user.preferences.language).toBeNull();
    const mixed = await send("PATCH", "/me", auth, { preferences: { language: "ru", futureField: true } });
    expect(mixed.status).toBe(200);
    expect((await caller.me.get()).user.preferences.language).toBe("ru");
  });
});

describe("a JSON body's content type", () => {
  it("is read case-insensitively, as media types are: Application/JSON with a charset is JSON", async () => {
    const { auth, caller } = await actor("content-type-case");
    const response = await send("PATCH", "/me", { ...auth, "content-type": "Application/JSON; Charset=UTF-8" }, { name: "Grace" });
    expect(response.status).toBe(200);
    expect((await caller.me.get()).user.name).toBe("Grace");
    expect((await send("PATCH", "/me", { ...auth, "content-type": "application/jsonp" }, { name: "Eve" })).status).toBe(400);
  });
});
