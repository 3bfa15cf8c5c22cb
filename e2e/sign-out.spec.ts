/**
 * Signing out ends the session on the server, not just in this browser: a copy of the session cookie
 * taken before signing out (by malware, a shared computer, a proxy log) stops working. And every URL
 * the server hands out names APP_URL, whatever Host or X-Forwarded-Host the request carried.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const header = (page: Page) => page.getByRole("banner");

async function sessionCookieHeader(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  const session = cookies.filter((cookie) => cookie.name.includes("authjs.session-token"));
  expect(session, "a session cookie after signing in").not.toHaveLength(0);
  return session.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Who the web API thinks the copied cookie belongs to (null: nobody). */
async function whoIs(request: APIRequestContext, cookie: string): Promise<string | null> {
  const response = await request.get("/api/trpc/auth.session", { headers: { cookie } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { user: { email: string } } | null } } };
  return body.result.data.json?.user.email ?? null;
}

async function renameWith(request: APIRequestContext, cookie: string, baseURL: string) {
  return request.post("/api/trpc/me.update", { headers: { cookie, origin: baseURL, "content-type": "application/json" }, data: { json: { name: "Thief" } } });
}

test.describe("signing out", () => {
  test("a session cookie copied before signing out no longer works afterwards", async ({ page, signedInUser, playwright, baseURL }) => {
    await page.goto("/settings");
    await expect(header(page).getByRole("link", { name: new RegExp(signedInUser.name) })).toBeVisible();
    const copied = await sessionCookieHeader(page);

    // A separate client with only the copied cookie: it authenticates while the session lives…
    const thief = await playwright.request.newContext({ baseURL });
    expect(await whoIs(thief, copied)).toBe(signedInUser.email);
    expect((await renameWith(thief, copied, baseURL!)).status()).toBe(200);

    await header(page).getByRole("button", { name: "Sign out" }).click();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/`);

    // …and not at all once the person signed out.
    expect(await whoIs(thief, copied)).toBeNull();
    expect((await renameWith(thief, copied, baseURL!)).status()).toBe(401);
    await thief.dispose();
  });

  test("a plain POST to /api/auth/signout ends the session too", async ({ page, signedInUser, playwright, baseURL }) => {
    const copied = await sessionCookieHeader(page);
    const thief = await playwright.request.newContext({ baseURL });
    expect(await whoIs(thief, copied)).toBe(signedInUser.email);
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe(`${baseURL}/`);
    expect(await whoIs(thief, copied)).toBeNull();
    await thief.dispose();
  });
});

test.describe("URLs come from APP_URL, not from the request", () => {
  const spoofed = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

  test("/api/auth/providers and Auth.js redirects ignore a forged X-Forwarded-Host", async ({ request, baseURL }) => {
    const providers = (await (await request.get("/api/auth/providers", { headers: spoofed })).json()) as Record<string, { signinUrl: string; callbackUrl: string }>;
    for (const provider of Object.values(providers)) {
      expect(provider.signinUrl.startsWith(`${baseURL}/api/auth/`), provider.signinUrl).toBe(true);
      expect(provider.callbackUrl.startsWith(`${baseURL}/api/auth/`), provider.callbackUrl).toBe(true);
    }
    const signIn = await request.get("/api/auth/signin", { headers: spoofed, maxRedirects: 0 });
    const location = signIn.headers()["location"] ?? "";
    expect(location).not.toContain("evil.example");
    expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
  });

  test("pages that need an account redirect to the sign-in page on this site", async ({ request, baseURL }) => {
    for (const path of ["/settings", "/dashboard", "/history"]) {
      const response = await request.get(path, { headers: spoofed, maxRedirects: 0 });
      // A page that streams (it has a loading state) redirects with a meta refresh instead of a 307.
      const location =
        response.status() === 200
          ? (/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(await response.text())?.[1] ?? "").replace(/&amp;/g, "&")
          : (response.headers()["location"] ?? "");
      expect(location, path).not.toBe("");
      expect(location, path).not.toContain("evil.example");
      const target = new URL(location, baseURL);
      expect(target.origin).toBe(new URL(baseURL!).origin);
      expect(target.pathname).toBe("/sign-in");
    }
  });
});

test.describe("connected accounts", () => {
  test("with no OAuth provider configured, settings says so plainly", async ({ page, signedInUser }) => {
    await page.goto("/settings#connected-accounts");
    const section = page.getByRole("region", { name: "Connected accounts" });
    await expect(section.getByText(/No sign-in providers .* are set up on this server/)).toBeVisible();
    await expect(section.getByRole("button")).toHaveCount(0);
    void signedInUser;
  });
});
