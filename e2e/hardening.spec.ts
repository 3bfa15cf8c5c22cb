/**
 * HTTP-level hardening a browser (or a crawler) sees: another user's interview pages answer a real
 * 404 (not a "not found" page with 200), HSTS only over https, and the Auth.js routes refuse a
 * body over 1 MiB with 413.
 */
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ADMIN } from "./helpers/admin";

/** Created over the REST API as the e2e admin: something that belongs to someone else. */
async function createAsAdmin(request: APIRequestContext, path: string, data: object): Promise<unknown> {
  const token = await request.post("/api/v1/auth/token", { data: ADMIN });
  expect(token.status(), await token.text()).toBe(200);
  const { accessToken } = (await token.json()) as { accessToken: string };
  const created = await request.post(`/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` }, data });
  expect(created.status(), await created.text()).toBe(201);
  return created.json();
}

async function someoneElsesInterview(request: APIRequestContext): Promise<string> {
  const created = (await createAsAdmin(request, "/interviews", { track: "behavioral", level: "mid", questionCount: 1 })) as { interview: { id: string } };
  return created.interview.id;
}

test("another user's report and practice pages answer 404, as do unknown and malformed ids", async ({ page, signedInUser }) => {
  expect(signedInUser.email).toBeTruthy();
  const othersId = await someoneElsesInterview(page.request);
  for (const path of [`/interviews/${othersId}/report`, `/practice/${othersId}`, `/interviews/${randomUUID()}/report`, `/practice/${randomUUID()}`, "/practice/not-a-uuid"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

test("another user's job pages answer 404, as do unknown and malformed job ids", async ({ page, signedInUser }) => {
  expect(signedInUser.email).toBeTruthy();
  const description = "We are hiring a backend engineer to design REST APIs, run PostgreSQL in production and mentor two juniors.";
  const { jobTarget } = (await createAsAdmin(page.request, "/job-targets", { title: "Backend engineer", level: "mid", description })) as { jobTarget: { id: string } };
  for (const path of [`/jobs/${jobTarget.id}`, `/jobs/${jobTarget.id}/edit`, `/jobs/${randomUUID()}`, "/jobs/not-a-uuid/edit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

test("signed out, an interview page redirects to sign-in with a real redirect status", async ({ request }) => {
  const response = await request.get(`/practice/${randomUUID()}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toContain("/sign-in?callbackUrl=");
});

test("HSTS is sent over https (a trusted proxy's X-Forwarded-Proto) and never over plain http", async ({ request }) => {
  const plain = await request.get("/");
  expect(plain.status()).toBe(200);
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["x-content-type-options"]).toBe("nosniff");
  // The e2e server trusts localhost as a proxy (TRUSTED_PROXIES), like a TLS-terminating one in front.
  const viaTls = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

test("Auth.js routes refuse a body over 1 MiB with 413", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: Buffer.from(`email=a%40b.c&password=${"x".repeat(2 * 1024 * 1024)}`),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
});
