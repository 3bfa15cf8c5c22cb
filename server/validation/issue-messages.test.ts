/**
 * The API's 400s name the field and say plainly what is wrong ("name: required", "limit: expected a
 * number"), in the contract's shape (api-v1.md: error.code, error.message, error.details.fields).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { uniqueEmail } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { testPassword } from "@/test/secret-marker";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import { installIssueMessages } from "./issue-messages";

connectTestDb();
const handle = withRequest(handleRestRequest);
const BASE = "http://localhost:3999/api/v1";

async function rest(method: "GET" | "POST", path: string, body?: unknown) {
  const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  const res = await handle(new Request(`${BASE}${path}`, init));
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string; details?: { fields?: Record<string, string> } }; requestId: string } };
}

// Through REST first: the install in server/errors.ts, not this file's own call, must be what makes these pass.
describe("REST validation errors", () => {
  it("a missing field reads 'name: required'", async () => {
    const { status, body } = await rest("POST", "/auth/register", { email: uniqueEmail("issue"), password: testPassword("issue") });
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "VALIDATION_ERROR", message: "Invalid input — name: required", details: { fields: { name: "required" } } });
    expect(body.requestId).toEqual(expect.any(String));
  });

  it("a wrong type reads 'email: expected a string'", async () => {
    const { status, body } = await rest("POST", "/auth/register", { email: 5, password: testPassword("issue"), name: "Issue" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.details?.fields).toEqual({ email: "expected a string" });
    expect(body.error.message).toBe("Invalid input — email: expected a string");
  });

  it("a number that is not one reads 'limit: expected a number', never NaN", async () => {
    const { status, body } = await rest("GET", "/questions?limit=old");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "VALIDATION_ERROR", message: "Invalid input — limit: expected a number", details: { fields: { limit: "expected a number" } } });
    expect(JSON.stringify(body)).not.toMatch(/NaN|received/);
  });
});

describe("issue messages", () => {
  const messages = (schema: z.ZodType, input: unknown) => {
    installIssueMessages();
    return schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("say what a field needs, and keep a schema's own message", () => {
    const schema = z.strictObject({
      title: z.string(),
      age: z.coerce.number().int().min(1),
      kind: z.enum(["a", "b"]),
      id: z.uuid(),
      name: z.string().min(1),
      tags: z.array(z.string()).max(2),
      own: z.string().min(3, { error: "At least 3, please." }),
    });
    expect(messages(schema, { age: "old", kind: "c", id: "x", name: "", tags: ["a", "b", "c"], own: "x", extra: 1 })).toEqual([
      "title: required",
      "age: expected a number",
      'kind: one of: "a", "b"',
      "id: not a valid uuid",
      "name: required",
      "tags: at most 2 items",
      "own: At least 3, please.",
      ": unknown field: extra",
    ]);
    expect(messages(schema, { title: 5, age: "0", kind: "a", id: "5f0c5c1e-0000-4000-8000-000000000000", name: "n", tags: [], own: "abc" })).toEqual(["title: expected a string", "age: at least 1"]);
  });
});
