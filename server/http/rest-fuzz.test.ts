/**
 * Every REST endpoint in the OpenAPI document, called in process against the real database with
 * malformed JSON, wrong types, NUL and control characters, huge strings and numbers, arrays for
 * objects, bad path ids, query values and cursors. Each answer must be a clean success or a clean
 * 4xx in the contract's error shape: never a 500, never a body that is not JSON.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { issueTokenPair } from "@/server/auth/tokens/refresh-tokens";
import { testPassword } from "@/test/secret-marker";
import { uniqueEmail, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { BAD_BODIES, BAD_HEADER_VALUES, BAD_PATH_IDS, BAD_QUERY_VALUES, BAD_VALUES, CONTROL_STRINGS, operationsOf, problemWith, type TOperation } from "@/test/helpers/rest-fuzz";
import { openApiDocument } from "./openapi";
import { handleRestRequest, REST_PREFIX } from "./rest-handler";
import { withRequest } from "./with-request";

const db = connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = "http://localhost:3999";
const operations = operationsOf(openApiDocument(BASE));

interface TActor {
  token: string;
  email: string;
  password: string;
  interviewId: string;
  questionId: string;
  answerId: string;
}

/** A fresh user (an admin for /admin) with an interview and an answer, so path ids can be real. */
async function freshActor(admin: boolean): Promise<TActor> {
  const { user, email, password, caller } = await verifiedTestUser(db, "fuzz");
  if (admin) await db.update(users).set({ role: "admin" }).where(eq(users.id, user.id));
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  const { accessToken } = await issueTokenPair(db, row!);
  const { interview } = await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 2 });
  const questionId = interview.questions[0]!.questionId;
  const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId, answer: "I listened first, then we agreed on a plan." });
  return { token: accessToken, email, password, interviewId: interview.id, questionId, answerId: answer.id };
}

/** A valid body per operation, so a fuzzed field is the only thing wrong with it. */
function baselineBody(operation: TOperation, actor: TActor): Record<string, unknown> {
  const analysis = { track: "behavioral", level: "mid", question: "Tell me about a conflict.", answer: "I listened and we agreed." };
  const bodies: Record<string, Record<string, unknown>> = {
    "POST /auth/register": { email: uniqueEmail("fuzz-new"), password: testPassword("fuzz-new"), name: "Fuzz" },
    "POST /auth/token": { email: actor.email, password: actor.password },
    "POST /auth/verify-email": { token: "t".repeat(43) },
    "POST /auth/refresh": { refreshToken: "r".repeat(43) },
    "POST /auth/logout": { refreshToken: "r".repeat(43) },
    "POST /auth/forgot-password": { email: uniqueEmail("fuzz-forgot") },
    "POST /auth/reset-password": { token: "t".repeat(43), newPassword: testPassword("fuzz-reset") },
    "POST /me/password": { currentPassword: testPassword("wrong"), newPassword: testPassword("fuzz-changed") },
    "POST /me/email": { newEmail: uniqueEmail("fuzz-email"), password: testPassword("wrong") },
    "POST /interviews": { track: "behavioral", level: "mid", questionCount: 1 },
    "POST /interviews/{id}/answers": { questionId: actor.questionId, answer: "Another answer with a few words." },
    "PUT /interviews/{id}/draft": { questionId: actor.questionId, draft: "A draft." },
    "POST /interviews/{id}/skip": { questionId: actor.questionId },
    "PUT /interviews/{id}/score-counting": { counting: true },
    "POST /analysis": analysis,
    "POST /analysis/batch": { items: [analysis] },
    "POST /billing/checkout": { plan: "pro" },
  };
  return bodies[`${operation.method} ${operation.path}`] ?? {};
}

async function call(operation: TOperation, actor: TActor, options: { id?: string; query?: string; body?: string; headers?: Record<string, string> }) {
  const path = operation.path.replace("{id}", options.id ?? actor.interviewId);
  const id = operation.path.startsWith("/answers/") && !options.id ? actor.answerId : undefined;
  const url = `${BASE}${REST_PREFIX}${id ? path.replace(actor.interviewId, id) : path}${options.query ? `?${options.query}` : ""}`;
  const init: RequestInit = { method: operation.method, headers: { authorization: `Bearer ${actor.token}`, ...options.headers } };
  if (options.body !== undefined && operation.method !== "GET") {
    init.body = options.body;
    (init.headers as Record<string, string>)["content-type"] = "application/json";
  }
  return handle(new Request(url, init));
}

async function check(problems: string[], label: string, response: Promise<Response>): Promise<Response> {
  const answer = await response;
  const problem = await problemWith(answer.clone());
  if (problem) problems.push(`${label}: ${problem}`);
  return answer;
}

/** The field a 400 names (details.fields keys), to prove the refusal is about that field. */
async function refusedFields(response: Response): Promise<string[]> {
  if (response.status !== 400) return [];
  const body = (await response.json()) as { error: { details?: { fields?: Record<string, string> } } };
  return Object.keys(body.error.details?.fields ?? {});
}

describe("REST fuzz: every endpoint answers bad input with a clean 4xx", () => {
  beforeAll(() => {
    expect(operations.length).toBeGreaterThan(30);
  });

  for (const operation of operations) {
    const label = `${operation.method} ${operation.path}`;
    it(label, { timeout: 60_000 }, async () => {
      const problems: string[] = [];
      const actor = await freshActor(operation.path.startsWith("/admin/"));
      const baseline = () => baselineBody(operation, actor);
      const unnamed: string[] = [];

      if (operation.hasBody) {
        for (const body of BAD_BODIES) await check(problems, `${label} body ${JSON.stringify(body.slice(0, 40))}`, call(operation, actor, { body }));
        await check(problems, `${label} 2 MB body`, call(operation, actor, { body: JSON.stringify({ pad: "x".repeat(2 * 1024 * 1024) }) }));
        for (const [field, schema] of Object.entries(operation.bodyFields)) {
          for (const value of BAD_VALUES) {
            const response = await check(problems, `${label} ${field}=${JSON.stringify(value)?.slice(0, 40)}`, call(operation, actor, { body: JSON.stringify({ ...baseline(), [field]: value }) }));
            // A text field with a control character is refused, and the refusal names the field.
            if (schema.type === "string" && typeof value === "string" && CONTROL_STRINGS.includes(value)) {
              const fields = await refusedFields(response);
              if (!fields.some((name) => name === field || name.startsWith(`${field}.`))) unnamed.push(`${field}=${JSON.stringify(value)} → ${response.status} ${fields.join(",")}`);
            }
          }
        }
      }
      for (const name of operation.query) {
        for (const value of BAD_QUERY_VALUES) await check(problems, `${label} ?${name}=${value.slice(0, 20)}`, call(operation, actor, { query: `${name}=${value}` }));
        await check(problems, `${label} ?${name} twice`, call(operation, actor, { query: `${name}=1&${name}=2` }));
      }
      for (const name of operation.headers) {
        for (const value of BAD_HEADER_VALUES) {
          await check(problems, `${label} ${name}: ${JSON.stringify(value.slice(0, 10))}`, call(operation, actor, { headers: { [name]: value }, body: JSON.stringify(baseline()) }));
        }
      }
      if (operation.hasPathId) {
        for (const id of [...BAD_PATH_IDS, randomUUID()]) {
          const body = operation.method === "GET" ? undefined : JSON.stringify(baseline());
          await check(problems, `${label} id=${id.slice(0, 20)}`, call(operation, actor, { id, body }));
        }
      }
      expect(problems).toEqual([]);
      expect(unnamed).toEqual([]);
    });
  }
});

describe("the cases the hostile test pass found", () => {
  it("refuses NUL in a name, a tag, a query and a cursor half with a 400 naming the field", async () => {
    const actor = await freshActor(false);
    const find = (method: string, path: string) => operations.find((operation) => operation.method === method && operation.path === path)!;
    const cases: Array<[TOperation, Parameters<typeof call>[2], string]> = [
      [find("PATCH", "/me"), { body: JSON.stringify({ name: "Ann\u0000" }) }, "name"],
      [find("POST", "/auth/register"), { body: JSON.stringify({ email: uniqueEmail("nul"), password: testPassword("nul"), name: "Ann\u0000" }) }, "name"],
      [find("POST", "/interviews"), { body: JSON.stringify({ track: "behavioral", level: "mid", questionCount: 1, focusTags: ["a\u0000"] }) }, "focusTags.0"],
      [find("GET", "/questions"), { query: "tag=%00" }, "tag"],
      [find("GET", "/interviews"), { query: `cursor=${Buffer.from(`${new Date().toISOString()}|not-a-uuid`).toString("base64url")}` }, "cursor"],
      [find("GET", "/interviews"), { query: `cursor=${Buffer.from(`yesterday|${randomUUID()}`).toString("base64url")}` }, "cursor"],
    ];
    for (const [operation, options, field] of cases) {
      const response = await call(operation, actor, options);
      expect(response.status, `${operation.method} ${operation.path}`).toBe(400);
      const body = (await response.json()) as { error: { code: string; details: { fields: Record<string, string> } } };
      expect(body.error.code).toBe("VALIDATION_ERROR");
      expect(Object.keys(body.error.details.fields)).toContain(field);
    }
  });

  it("PATCH /me refuses a body that is not an object, naming the body", async () => {
    const actor = await freshActor(false);
    const patchMe = operations.find((operation) => operation.method === "PATCH" && operation.path === "/me")!;
    for (const body of ["null", "[]", "42", '"str"', "true"]) {
      const response = await call(patchMe, actor, { body });
      expect(response.status, body).toBe(400);
      const answer = (await response.json()) as { error: { code: string; details: { fields: Record<string, string> } } };
      expect(answer.error.details.fields).toHaveProperty("body");
    }
    expect((await call(patchMe, actor, { body: "{}" })).status).toBe(200);
  });
});
