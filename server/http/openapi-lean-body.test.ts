/**
 * REST requests with a JSON body (POST, PUT, PATCH) and DELETE run without the OpenAPI adapter
 * (openapi-lean.ts). Requests that change nothing (refusals) run through both paths on the same
 * state and must match exactly; the practice loop's writes run once per path for two users in the
 * same state and must match with ids, times and the randomly picked questions' texts masked.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { toAppError } from "@/server/errors";
import { stopRealtime } from "@/server/realtime/hub";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import type { TOpenApiInput } from "./openapi-fetch";
import { createProcedureLookup } from "./openapi-lean";
import { createRestOpenApiFetch } from "./rest-handler";

const db = connectTestDb();
const BASE = "http://localhost:3999/api/v1";
const lean = createRestOpenApiFetch();
const adapter = createRestOpenApiFetch({ lean: false });
const leanLookup = createProcedureLookup(appRouter);
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

afterAll(() => stopRealtime());

interface TCall {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  /** The body text as rest-handler hands it over (it has read it with the limit). */
  body?: string;
  /** DELETE: rest-handler moves a JSON body's fields into the query. */
  url?: string;
}

async function outcome(fetcher: typeof lean, call: TCall) {
  const headers = { "content-type": "application/json", ...call.headers };
  const req = new Request(`${BASE}${call.path}`, { method: call.method, headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== "")) });
  const input: TOpenApiInput = call.url ? { url: call.url } : { body: call.body };
  const result = await fetcher(req, () => createRequestContext(req, { requestId: "same-1", transport: "rest" }), input);
  const error = result.error === undefined ? undefined : toAppError(result.error);
  return {
    status: result.status,
    headers: [...result.headers],
    body: error ? undefined : result.body,
    error: error && { code: error.code, message: error.message, status: error.status, details: error.details },
  };
}

/** A request that changes nothing: both paths on the same state, exactly the same answer. */
async function same(call: TCall) {
  // The lean path handles it (the lookup finds the procedure), not the adapter.
  expect(leanLookup(call.method, new URL(`${BASE}${call.path}`).pathname.replace("/api/v1", "")), call.path).toBeDefined();
  const viaAdapter = await outcome(adapter, call);
  const viaLean = await outcome(lean, call);
  expect(viaLean, `${call.method} ${call.path}`).toEqual(viaAdapter);
  return viaLean;
}

/** Ids, times and question texts (picked at random per interview) masked; everything else compared. */
function masked(result: Awaited<ReturnType<typeof outcome>>) {
  const mask = (text: string) =>
    text
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>")
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      .replace(/"(text|questionText|title|prompt|rubric|tags|skill|dimensions)":("(\\.|[^"\\])*"|\[[^\]]*\])/g, '"$1":"<q>"')
      .replace(/"difficulty":\d+/g, '"difficulty":"<q>"')
      .replace(/lean-body-[ab]/g, "lean-body-<user>");
  return { ...result, headers: result.headers.map(([name, value]) => [name, mask(value)]), body: result.body && mask(result.body) };
}

async function signedIn(label: string) {
  const { user } = await verifiedTestUser(db, label);
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  const { accessToken } = await issueTokenPair(db, row!);
  return { authorization: `Bearer ${accessToken}` };
}

describe("REST without the OpenAPI adapter: bodies and DELETE", () => {
  it("refuses as the adapter does: content type, unparsable body, validation, no token, unknown rows", async () => {
    const auth = await signedIn("lean-body-refusals");
    const start = JSON.stringify({ track: "behavioral", level: "mid", questionCount: 1 });
    expect((await same({ method: "POST", path: "/interviews", headers: { ...auth, "content-type": "text/plain" }, body: start })).status).toBe(400);
    expect((await same({ method: "POST", path: "/interviews", headers: { ...auth, "content-type": "" }, body: start })).status).toBe(400);
    expect((await same({ method: "POST", path: "/interviews", headers: auth, body: "{not json" })).status).toBe(400);
    expect((await same({ method: "POST", path: "/interviews", headers: auth, body: JSON.stringify({ track: "nope", level: "mid" }) })).error?.code).toBe("VALIDATION_ERROR");
    expect((await same({ method: "POST", path: "/interviews", headers: auth, body: JSON.stringify({ track: "behavioral", level: "mid", questionCount: "many" }) })).status).toBe(400);
    expect((await same({ method: "POST", path: "/interviews", body: start })).status).toBe(401);
    expect((await same({ method: "POST", path: "/interviews", headers: { authorization: "Bearer nope" }, body: start })).status).toBe(401);
    const answer = JSON.stringify({ questionId: UNKNOWN_ID, answer: "An answer long enough to be taken seriously by the validation rules." });
    expect((await same({ method: "POST", path: `/interviews/${UNKNOWN_ID}/answers`, headers: auth, body: answer })).status).toBe(404);
    expect((await same({ method: "POST", path: "/interviews/not-a-uuid/answers", headers: auth, body: answer })).status).toBe(400);
    expect((await same({ method: "POST", path: `/interviews/${UNKNOWN_ID}/complete`, headers: auth, body: "{}" })).status).toBe(404);
    expect((await same({ method: "PUT", path: `/interviews/${UNKNOWN_ID}/draft`, headers: auth, body: JSON.stringify({ questionId: UNKNOWN_ID, draft: "x" }) })).status).toBe(404);
    expect((await same({ method: "PATCH", path: "/me", headers: auth, body: JSON.stringify({ name: 5 }) })).error?.code).toBe("VALIDATION_ERROR");
    // Not an object: the adapter spreads it into the input as JS does (rest-handler refuses it before either path).
    expect((await same({ method: "PATCH", path: "/me", headers: auth, body: "[1,2]" })).status).toBe(200);
    expect((await same({ method: "DELETE", path: `/interviews/${UNKNOWN_ID}`, headers: auth, url: `${BASE}/interviews/${UNKNOWN_ID}` })).status).toBe(404);
    // A body sent to a procedure without input is not read at all (no parse error), as in the adapter.
    expect((await same({ method: "POST", path: "/auth/sign-out-everywhere", body: "{not json" })).status).toBe(401);
  });

  it("runs the practice loop's writes as the adapter does: start, submit, complete, profile, delete", async () => {
    const users = [await signedIn("lean-body-a"), await signedIn("lean-body-b")];
    const both = async (call: (auth: Record<string, string>, state: Record<string, string>) => TCall, state: Array<Record<string, string>>) => {
      const viaAdapter = await outcome(adapter, call(users[0]!, state[0]!));
      const viaLean = await outcome(lean, call(users[1]!, state[1]!));
      const label = call(users[1]!, state[1]!);
      expect(leanLookup(label.method, label.path)).toBeDefined();
      expect(masked(viaLean), `${label.method} ${label.path}`).toEqual(masked(viaAdapter));
      return [viaAdapter, viaLean].map((result) => JSON.parse(result.body ?? "null") as unknown);
    };
    const state: Array<Record<string, string>> = [{}, {}];
    const started = await both((auth) => ({ method: "POST", path: "/interviews", headers: { ...auth, "idempotency-key": crypto.randomUUID() }, body: JSON.stringify({ track: "behavioral", level: "mid", questionCount: 1 }) }), state);
    started.forEach((result, index) => {
      const interview = (result as { interview: { id: string; questions: Array<{ questionId: string }> } }).interview;
      state[index] = { id: interview.id, questionId: interview.questions[0]!.questionId };
    });
    const answer = "I listened to both sides first, then we agreed on a plan with clear owners and checked in after a week.";
    await both((auth, { id, questionId }) => ({ method: "PUT", path: `/interviews/${id}/draft`, headers: auth, body: JSON.stringify({ questionId, draft: "first thoughts" }) }), state);
    await both((auth, { id, questionId }) => ({ method: "POST", path: `/interviews/${id}/answers`, headers: { ...auth, "idempotency-key": crypto.randomUUID() }, body: JSON.stringify({ questionId, answer }) }), state);
    // An empty body reaches the adapter as "{}" (rest-handler), the path's id over it.
    await both((auth, { id }) => ({ method: "POST", path: `/interviews/${id}/complete`, headers: auth, body: "{}" }), state);
    await both((auth) => ({ method: "PATCH", path: "/me", headers: auth, body: JSON.stringify({ name: "Lean Body" }) }), state);
    const deleted = await both((auth, { id }) => ({ method: "DELETE", path: `/interviews/${id}`, headers: auth, url: `${BASE}/interviews/${id}` }), state);
    expect(deleted).toEqual([null, null]);
  });
});
