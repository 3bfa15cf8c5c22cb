/**
 * REST requests of known procedures run without the OpenAPI adapter (openapi-lean.ts). For each
 * request here, the lean path and the adapter must give the same status, headers, body, and the same
 * error as the client sees it (the contract's code, message, status and details).
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createRequestContext } from "@/server/api/trpc";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { toAppError } from "@/server/errors";
import { stopRealtime } from "@/server/realtime/hub";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { appRouter } from "@/server/api/root";
import { createProcedureLookup, queryInput } from "./openapi-lean";
import { createRestOpenApiFetch } from "./rest-handler";

const db = connectTestDb();
const BASE = "http://localhost:3999/api/v1";
const lean = createRestOpenApiFetch();
const adapter = createRestOpenApiFetch({ lean: false });
const leanLookup = createProcedureLookup(appRouter);

afterAll(() => stopRealtime());

async function outcome(fetcher: typeof lean, path: string, headers: Record<string, string>) {
  const req = new Request(`${BASE}${path}`, { headers });
  const result = await fetcher(req, () => createRequestContext(req, { requestId: "same-1", transport: "rest" }));
  const error = result.error === undefined ? undefined : toAppError(result.error);
  // The adapter leaves its parsed query on the request; the lean path never reads it that way.
  viaAdapterSeen.push("query" in req);
  return {
    status: result.status,
    headers: [...result.headers],
    body: error ? undefined : result.body,
    error: error && { code: error.code, message: error.message, status: error.status, details: error.details },
  };
}

const viaAdapterSeen: boolean[] = [];
let adapterReadQuery = 0;

async function same(path: string, headers: Record<string, string> = {}) {
  const viaAdapter = await outcome(adapter, path, headers);
  const viaLean = await outcome(lean, path, headers);
  expect(viaLean, path).toEqual(viaAdapter);
  // The lean fetcher really skipped the adapter (which reads the query of every procedure with input).
  const [adapterQuery, leanQuery] = viaAdapterSeen.splice(0);
  expect(leanQuery, path).toBe(false);
  if (adapterQuery) adapterReadQuery += 1;
  return viaLean;
}

describe("REST without the OpenAPI adapter: GET", () => {
  it("answers the public catalog, its validation errors and a bad token as the adapter does", async () => {
    expect((await same("/questions")).status).toBe(200);
    for (const path of [
      "/questions?track=coding&level=mid&limit=3",
      "/questions?lang=ru&limit=2",
      "/questions?limit=0",
      "/questions?limit=abc",
      "/questions?track=nope&cursor=x",
      "/questions?limit=2&unknown=1&unknown=2",
      "/tracks",
      "/me",
      "/interviews",
      "/answers/not-a-uuid",
    ]) {
      await same(path);
    }
    expect((await same("/questions?limit=0")).error?.code).toBe("VALIDATION_ERROR");
    // Where the lean path reads the query more strictly (queryInput) it refuses, naming the parameter; the adapter took 0x10 as 16.
    for (const [path, key, problem, adapterStatus] of [
      ["/questions?limit=0x10", "limit", "must be a whole number in decimal digits", 200],
      ["/questions?tag=a&tag=b", "tag", "given more than once; send it once", 400],
    ] as const) {
      const viaAdapter = await outcome(adapter, path, {});
      const viaLean = await outcome(lean, path, {});
      viaAdapterSeen.splice(0);
      expect([viaAdapter.status, viaLean.status], path).toEqual([adapterStatus, 400]);
      expect(viaLean.error?.details, path).toEqual({ fields: { [key]: problem } });
    }
    expect((await same("/me")).status).toBe(401);
    // A public route serves a caller whose token is bad as anonymous (it must reach /auth/refresh); /me refuses it.
    expect((await same("/questions", { authorization: "Bearer not-a-token" })).status).toBe(200);
    expect((await same("/me", { authorization: "Bearer not-a-token" })).status).toBe(401);
    expect(adapterReadQuery).toBeGreaterThan(5);
  });

  it("answers a signed-in user's reads (path parameters, query, not found) as the adapter does", async () => {
    const { user, caller } = await verifiedTestUser(db, "lean-get");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    const { accessToken } = await issueTokenPair(db, row!);
    const auth = { authorization: `Bearer ${accessToken}` };
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    const { answer } = await caller.interviews.submitAnswer({
      id: interview.id,
      questionId: interview.questions[0]!.questionId,
      answer: "I listened to both sides first, then we agreed on a plan with clear owners and checked in after a week.",
    });
    expect((await same(`/interviews/${interview.id}`, auth)).status).toBe(200);
    for (const path of ["/me", "/interviews?limit=5", `/answers/${answer.id}`, `/answers/${answer.id}?wait=0`, "/me/stats", "/interviews/00000000-0000-4000-8000-000000000000", "/interviews/nope"]) {
      await same(path, auth);
    }
    expect((await same("/interviews/00000000-0000-4000-8000-000000000000", auth)).status).toBe(404);
  });

  it("finds a procedure by method and path and builds a query's input as the adapter does: one value or all of a repeated key, then the path's parameters; numbers as numbers", () => {
    const questions = leanLookup("GET", "/questions/")!;
    expect(questions.path).toBe("catalog.questions");
    expect(questions.useBody).toBe(false);
    // A number field gets its number here (the adapter left "3" to a schema it had switched to coercion).
    expect(queryInput(questions, new URL("http://x/questions?limit=3&tag=a"))).toEqual({ limit: 3, tag: "a" });
    // An unknown key beside a known one stays as the adapter builds it (the schema drops it); alone it is refused,
    // as is a declared single one given twice, or a number not in digits.
    expect(queryInput(questions, new URL("http://x/questions?limit=3&x=a&x=b"))).toEqual({ limit: 3, x: ["a", "b"] });
    expect(() => queryInput(questions, new URL("http://x/questions?x=a&x=b"))).toThrow("x: not a query parameter of this endpoint");
    expect(() => queryInput(questions, new URL("http://x/questions?tag=a&tag=b"))).toThrow("tag: given more than once");
    expect(() => queryInput(questions, new URL("http://x/questions?limit=0x10"))).toThrow("limit: must be a whole number");
    const interview = leanLookup("GET", "/interviews/abc")!;
    expect(interview.pathInput).toEqual({ id: "abc" });
    expect(queryInput(interview, new URL("http://x/interviews/abc?id=other"))).toEqual({ id: "abc" });
    expect(leanLookup("GET", "/no-such-path")).toBeUndefined();
    expect(leanLookup("POST", "/questions")).toBeUndefined();
    expect(leanLookup("POST", "/interviews/abc/answers")).toMatchObject({ path: "interviews.submitAnswer", useBody: true, pathInput: { id: "abc" } });
    expect(leanLookup("DELETE", "/interviews/abc")).toMatchObject({ useBody: false });
    expect(queryInput(leanLookup("GET", "/tracks")!, new URL("http://x/tracks?a=1"))).toBeUndefined();
  });
});
