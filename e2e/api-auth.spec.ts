import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { devMailboxHtml } from "./dev-mailbox";
import { expect, test, uniqueEmail } from "./fixtures";
import { testPassword } from "../test/secret-marker";

const json = { "content-type": "application/json" };

async function register(request: APIRequestContext) {
  const email = uniqueEmail("api");
  const password = testPassword("api");
  const response = await request.post("/api/v1/auth/register", { headers: json, data: { email, password, name: "Api User" } });
  return { response, email, password };
}

async function mailboxLink(email: string, path: string): Promise<string> {
  const html = await devMailboxHtml();
  const section = html.slice(html.indexOf(email));
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(section);
  if (!match) throw new Error(`no ${path} link for ${email} in the dev mailbox`);
  return decodeURIComponent(match[1]!);
}

test.describe("REST auth and me", () => {
  test("register → 202 with the same body for a new and an existing email, never an id or a hash; bad input → 400 naming the field", async ({ request }) => {
    const { response, email, password } = await register(request);
    expect(response.status()).toBe(202);
    expect(response.headers()["x-request-id"]).toBeTruthy();
    const body = await response.json();
    expect(body).toEqual({ status: "verification_sent", message: expect.stringContaining("Check your inbox") });
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash|"id"/);

    const duplicate = await request.post("/api/v1/auth/register", { headers: json, data: { email, password, name: "Again" } });
    expect(duplicate.status()).toBe(202);
    expect(await duplicate.json()).toEqual(body);
    // The owner gets the notice instead of a second account.
    // (Newest first: the subject heading comes just before the address of the newest email to it.)
    const html = await devMailboxHtml();
    const newest = html.indexOf(email);
    expect(html.slice(Math.max(0, newest - 800), newest)).toContain("Someone tried to sign up to Rehearse with your email");

    const invalid = await request.post("/api/v1/auth/register", { headers: json, data: { email: "not-an-email", password: "x", name: "" } });
    expect(invalid.status()).toBe(400);
    const error = (await invalid.json()).error;
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(error.details.fields)).toEqual(expect.arrayContaining(["email", "password", "name"]));
  });

  test("malformed JSON → 400 VALIDATION_ERROR", async ({ request }) => {
    const response = await request.post("/api/v1/auth/token", { headers: json, data: "{not json" });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("VALIDATION_ERROR");
  });

  test("verify email, tokens, bearer /me, refresh rotation, logout, delete", async ({ request }) => {
    const { email, password } = await register(request);
    const token = await mailboxLink(email, "/verify-email");
    const verified = await request.post("/api/v1/auth/verify-email", { headers: json, data: { token } });
    expect(await verified.json()).toEqual({ verified: true, email, emailChanged: false });

    const wrong = await request.post("/api/v1/auth/token", { headers: json, data: { email, password: testPassword("wrong") } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error.code).toBe("UNAUTHORIZED");

    const issued = await request.post("/api/v1/auth/token", { headers: json, data: { email, password } });
    expect(issued.status()).toBe(200);
    const pair = await issued.json();
    expect(pair).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    const bearer = { authorization: `Bearer ${pair.accessToken}` };

    const me = await request.get("/api/v1/me", { headers: bearer });
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toMatchObject({ email, emailVerified: true });
    expect((await request.get("/api/v1/me")).status()).toBe(401);
    expect((await request.get("/api/v1/me", { headers: { authorization: "Bearer forged.token.value" } })).status()).toBe(401);

    const patched = await request.patch("/api/v1/me", { headers: { ...json, ...bearer }, data: { name: "Renamed", preferences: { track: "behavioral" } } });
    expect((await patched.json()).user).toMatchObject({ name: "Renamed", preferences: { track: "behavioral" } });

    const exported = await request.get("/api/v1/me/export", { headers: bearer });
    expect((await exported.json()).user.email).toBe(email);

    const rotated = await (await request.post("/api/v1/auth/refresh", { headers: json, data: { refreshToken: pair.refreshToken } })).json();
    expect(rotated.refreshToken).not.toBe(pair.refreshToken);
    const reuse = await request.post("/api/v1/auth/refresh", { headers: json, data: { refreshToken: pair.refreshToken } });
    expect(reuse.status()).toBe(401);

    const fresh = await (await request.post("/api/v1/auth/token", { headers: json, data: { email, password } })).json();
    const freshBearer = { authorization: `Bearer ${fresh.accessToken}` };
    const logout = await request.post("/api/v1/auth/logout", { headers: { ...json, ...freshBearer }, data: { refreshToken: fresh.refreshToken } });
    expect(logout.status()).toBe(204);
    expect((await request.get("/api/v1/me", { headers: freshBearer })).status()).toBe(401);

    const last = await (await request.post("/api/v1/auth/token", { headers: json, data: { email, password } })).json();
    const lastBearer = { authorization: `Bearer ${last.accessToken}` };
    const refused = await request.delete("/api/v1/me", { headers: { ...json, ...lastBearer }, data: { password: testPassword("wrong") } });
    expect(refused.status()).toBe(400);
    const deleted = await request.delete("/api/v1/me", { headers: { ...json, ...lastBearer }, data: { password } });
    expect(deleted.status()).toBe(204);
    expect((await request.post("/api/v1/auth/token", { headers: json, data: { email, password } })).status()).toBe(401);
  });

  test("reset-password: bogus tokens get 400, then 429 with Retry-After once one client has tried 10", async ({ request }) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const bogus = await request.post("/api/v1/auth/reset-password", { headers: json, data: { token: `bogus-${randomUUID()}`, newPassword: testPassword("api-bogus") } });
      expect(bogus.status()).toBe(400);
    }
    const limited = await request.post("/api/v1/auth/reset-password", { headers: json, data: { token: `bogus-${randomUUID()}`, newPassword: testPassword("api-bogus") } });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
  });

  test("forgot-password answers 202 identically for known and unknown emails", async ({ request }) => {
    const { email } = await register(request);
    const known = await request.post("/api/v1/auth/forgot-password", { headers: json, data: { email } });
    const unknown = await request.post("/api/v1/auth/forgot-password", { headers: json, data: { email: uniqueEmail("ghost") } });
    expect(known.status()).toBe(202);
    expect(unknown.status()).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const token = await mailboxLink(email, "/reset-password");
    const newPassword = testPassword("api-new");
    const reset = await request.post("/api/v1/auth/reset-password", { headers: json, data: { token, newPassword } });
    expect(reset.status()).toBe(200);
    expect((await request.post("/api/v1/auth/token", { headers: json, data: { email, password: newPassword } })).status()).toBe(200);
  });
});
