/**
 * The REST contract (shared/api-v1.md), row by row, over real HTTP against the running server:
 * at least one success and one failure per row, and every JSON response checked against the
 * schema the OpenAPI document declares for that path, method and status.
 */
import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020.js";
import type { APIRequestContext } from "@playwright/test";
import { expect, latestMailTo, test, uniqueEmail } from "./fixtures";
import { ADMIN } from "./helpers/admin";
import { testPassword } from "../test/secret-marker";

interface TOpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
  components?: object;
}

let document: TOpenApiDocument;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Finds the documented path template ("/interviews/{id}") that a concrete path matches. */
function templateOf(method: string, path: string): string | null {
  const bare = path.split("?")[0]!;
  const template = Object.keys(document.paths).find((candidate) => {
    if (!document.paths[candidate]?.[method]) return false;
    const pattern = new RegExp(`^${candidate.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return pattern.test(bare);
  });
  return template ?? null;
}

function validatorFor(method: string, path: string, status: number) {
  const template = templateOf(method, path);
  if (!template) {
    // Only errors come from paths the document does not list (404 for an unknown endpoint).
    expect(status, `${method.toUpperCase()} ${path} is not in the OpenAPI document`).toBeGreaterThanOrEqual(400);
    return ajv.compile({ $ref: "#/components/schemas/Error", components: document.components });
  }
  const key = `${method} ${template} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const schema = document.paths[template]![method]!.responses[String(status)]?.content?.["application/json"]?.schema;
    if (!schema) throw new Error(`${key}: no response schema declared for this status`);
    validate = ajv.compile({ ...schema, components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

type TCallOptions = { token?: string; body?: unknown; expect: number };

async function call(request: APIRequestContext, method: "get" | "post" | "patch" | "delete", path: string, options: TCallOptions) {
  const response = await request.fetch(`/api/v1${path}`, {
    method: method.toUpperCase(),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
    },
    data: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  expect(response.status(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(options.expect);
  expect(response.headers()["x-request-id"], "every response carries x-request-id").toBeTruthy();
  if (response.status() === 204) return null;
  const body: unknown = await response.json();
  const validate = validatorFor(method, path, response.status());
  expect(validate(body) ? [] : validate.errors, `${method.toUpperCase()} ${path} ${response.status()} matches its declared schema`).toEqual([]);
  if (response.status() >= 400) {
    expect((body as { requestId?: string }).requestId).toBe(response.headers()["x-request-id"]);
  }
  return body as Record<string, unknown>;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  document = (await (await request.get("/api/openapi.json")).json()) as TOpenApiDocument;
});

test("every row of the REST contract answers as written", async ({ request, page }) => {
  test.setTimeout(120_000);
  await call(request, "get", "/health", { expect: 200 });
  await call(request, "get", "/no-such-endpoint", { expect: 404 });

  // Accounts
  const email = uniqueEmail("contract");
  const password = testPassword("contract");
  const registered = await call(request, "post", "/auth/register", { body: { email, password, name: "Contract Candidate" }, expect: 202 });
  expect(registered).toMatchObject({ status: "verification_sent" });
  // An existing email gets the same answer (its owner is emailed instead).
  expect(await call(request, "post", "/auth/register", { body: { email, password, name: "Again" }, expect: 202 })).toEqual(registered);
  await call(request, "post", "/auth/verify-email", { body: { token: "x".repeat(43) }, expect: 400 });
  const verifyLink = await latestMailTo(page, email, "/verify-email");
  const verifyToken = new URL(verifyLink, "http://x").searchParams.get("token")!;
  expect(await call(request, "post", "/auth/verify-email", { body: { token: verifyToken }, expect: 200 })).toEqual({ verified: true, email, emailChanged: false });
  // Spent: the same link again is a 409 that says the address is verified and names none.
  expect(await call(request, "post", "/auth/verify-email", { body: { token: verifyToken }, expect: 409 })).toMatchObject({
    error: { code: "CONFLICT", details: { reason: "already_verified" } },
  });

  await call(request, "post", "/auth/token", { body: { email, password: testPassword("wrong") }, expect: 401 });
  const pair = await call(request, "post", "/auth/token", { body: { email, password }, expect: 200 });
  const rotated = await call(request, "post", "/auth/refresh", { body: { refreshToken: pair!.refreshToken }, expect: 200 });
  await call(request, "post", "/auth/refresh", { body: { refreshToken: pair!.refreshToken }, expect: 401 });
  const session = await call(request, "post", "/auth/token", { body: { email, password }, expect: 200 });
  const token = session!.accessToken as string;
  // Logging out the rotated pair's family (already revoked by the reuse above) is idempotent.
  await call(request, "post", "/auth/logout", { token, body: { refreshToken: rotated!.refreshToken }, expect: 204 });
  await call(request, "post", "/auth/logout", { token, body: { refreshToken: "z".repeat(43) }, expect: 401 });
  await call(request, "post", "/auth/logout", { body: { refreshToken: session!.refreshToken }, expect: 401 });

  await call(request, "post", "/auth/forgot-password", { body: { email }, expect: 202 });
  await call(request, "post", "/auth/forgot-password", { body: { email: "not-an-email" }, expect: 400 });
  await call(request, "post", "/auth/reset-password", { body: { token: "y".repeat(43), newPassword: testPassword("next") }, expect: 400 });

  await call(request, "get", "/me", { expect: 401 });
  await call(request, "get", "/me", { token, expect: 200 });
  await call(request, "patch", "/me", { token, body: { age: 3 }, expect: 400 });
  await call(request, "patch", "/me", { token, body: { name: "Contract C.", preferences: { track: "coding", level: "junior" } }, expect: 200 });
  await call(request, "get", "/me/stats", { token, expect: 200 });
  await call(request, "get", "/me/stats", { expect: 401 });
  await call(request, "get", "/me/progress?track=coding", { token, expect: 200 });
  await call(request, "get", "/me/progress?track=astronomy", { token, expect: 400 });
  await call(request, "get", "/me/subscription", { token, expect: 200 });
  await call(request, "get", "/me/subscription", { expect: 401 });
  await call(request, "get", "/me/export", { token, expect: 200 });
  await call(request, "get", "/me/export", { token: "forged", expect: 401 });

  // Catalog
  const tracks = await call(request, "get", "/tracks", { expect: 200 });
  expect((tracks!.tracks as unknown[]).length).toBe(4);
  const questions = await call(request, "get", "/questions?track=coding&level=junior&limit=2", { expect: 200 });
  expect((questions!.questions as unknown[]).length).toBe(2);
  await call(request, "get", `/questions?cursor=${questions!.nextCursor}&track=coding&level=junior&limit=100`, { expect: 200 });
  await call(request, "get", "/questions?limit=1000", { expect: 400 });

  // Practice
  await call(request, "post", "/interviews", { token, body: { track: "coding", level: "junior", questionCount: 11 }, expect: 400 });
  const created = await call(request, "post", "/interviews", { token, body: { track: "coding", level: "junior", questionCount: 2 }, expect: 201 });
  const interview = created!.interview as { id: string; questions: Array<{ questionId: string }> };
  await call(request, "get", "/interviews?status=in_progress&limit=5", { token, expect: 200 });
  await call(request, "get", "/interviews?status=paused", { token, expect: 400 });
  await call(request, "get", `/interviews/${interview.id}`, { token, expect: 200 });
  await call(request, "get", `/interviews/${randomUUID()}`, { token, expect: 404 });
  const answerText =
    "I would use a hash map from value to index: one pass, for each number check whether target minus it is already in the map. " +
    "That is O(n) time and O(n) space, versus O(n^2) for the nested loops. Edge cases: duplicates, negatives, no solution. " +
    "I would test with an empty list and with the pair at both ends.";
  await call(request, "post", `/interviews/${interview.id}/answers`, { token, body: { questionId: interview.questions[0]!.questionId, answer: "" }, expect: 400 });
  const submitted = await call(request, "post", `/interviews/${interview.id}/answers`, {
    token,
    body: { questionId: interview.questions[0]!.questionId, answer: answerText, timeSpentSeconds: 240 },
    expect: 202,
  });
  const answerId = (submitted!.answer as { id: string }).id;
  await expect(async () => {
    const answer = await call(request, "get", `/answers/${answerId}`, { token, expect: 200 });
    expect((answer!.answer as { status: string }).status).not.toBe("pending");
  }).toPass({ timeout: 20_000 });
  await call(request, "get", `/answers/${randomUUID()}`, { token, expect: 404 });
  const completed = await call(request, "post", `/interviews/${interview.id}/complete`, { token, expect: 200 });
  expect((completed!.interview as { overallScore: number }).overallScore).toBeGreaterThan(0);
  await call(request, "post", `/interviews/${randomUUID()}/complete`, { token, expect: 404 });

  // Ad-hoc analysis
  const analysis = await call(request, "post", "/analysis", {
    token,
    body: { track: "general", level: "mid", question: "Why do you want to work here?", answer: answerText },
    expect: 200,
  });
  expect((analysis!.score as { scoredBy: { provider: string } }).scoredBy.provider).toBe("builtin");
  await call(request, "post", "/analysis", { token, body: { track: "general", level: "mid", question: "Why?", answer: answerText }, expect: 400 });
  const batch = await call(request, "post", "/analysis/batch", {
    token,
    body: { items: [{ track: "general", level: "mid", question: "Why do you want to work here?", answer: answerText }, { track: "general", level: "mid", question: "Why?", answer: answerText }] },
    expect: 200,
  });
  expect((batch!.results as Array<Record<string, unknown>>).map((result) => Object.keys(result))).toEqual([["score"], ["error"]]);
  await call(request, "post", "/analysis/batch", { token, body: { items: [] }, expect: 400 });

  // Admin rows refuse a candidate
  await call(request, "get", "/admin/metrics?days=7", { token, expect: 403 });
  await call(request, "get", "/admin/flagged", { token, expect: 403 });

  // Deletions
  await call(request, "delete", `/interviews/${interview.id}`, { token, expect: 204 });
  await call(request, "delete", `/interviews/${interview.id}`, { token, expect: 404 });
  await call(request, "delete", "/me", { token, body: { password: testPassword("wrong") }, expect: 400 });
  await call(request, "delete", "/me", { token, body: { password }, expect: 204 });
  await call(request, "get", "/me", { token, expect: 401 });
});

test("admin rows answer an admin, and the webhook refuses unsigned events", async ({ request }) => {
  const admin = await call(request, "post", "/auth/token", {
    body: ADMIN,
    expect: 200,
  });
  const token = admin!.accessToken as string;
  const metrics = await call(request, "get", "/admin/metrics?days=30", { token, expect: 200 });
  expect(metrics!.period).toMatchObject({ days: 30 });
  await call(request, "get", "/admin/metrics?days=12", { token, expect: 400 });
  await call(request, "get", "/admin/flagged", { token, expect: 200 });

  // Without STRIPE_WEBHOOK_SECRET the route says so; it never accepts an unverified event.
  const webhook = await request.post("/api/webhooks/stripe", { headers: { "content-type": "application/json" }, data: "{}" });
  expect(webhook.status()).toBe(503);
});

test("the API reference renders offline from bundled assets", async ({ page }) => {
  // Swagger UI lays out the whole document (every path) in the browser: over 20 s on a loaded 2-core machine.
  test.setTimeout(90_000);
  const external: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://localhost")) external.push(request.url());
  });
  await page.goto("/docs");
  await expect(page.getByRole("heading", { name: "Rehearse API reference" })).toBeVisible();
  await expect(page.getByTestId("swagger-ui").getByText("/interviews/{id}/answers").first()).toBeVisible({ timeout: 60_000 });
  expect(external).toEqual([]);
});
