/**
 * Playwright fixtures for account flows: a unique email per test, passwords only from
 * testPassword() (the log scan proves none of them was logged), users created and signed in
 * through the API when a test is not about signing up, and links read from the dev mailbox.
 */
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { uniqueEmail as sharedUniqueEmail } from "../test/helpers/unique-email";
import { testPassword } from "../test/secret-marker";

export { expect };
export { latestMailTo } from "./dev-mailbox";

export interface TTestUser {
  name: string;
  email: string;
  password: string;
}

/** A fresh address for one test (`e2e-<uuid>@example.test`). */
export const uniqueEmail = (label = "e2e"): string => sharedUniqueEmail(label);

/**
 * Registers through the REST API. Sign-up is limited per IP (every test comes from 127.0.0.1),
 * so a 429 waits out its Retry-After once instead of failing the test.
 */
export async function registerUser(request: APIRequestContext, user: TTestUser): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.post("/api/v1/auth/register", {
      headers: { "content-type": "application/json" },
      data: { name: user.name, email: user.email, password: user.password },
    });
    // 202 whether or not the email already had an account (the answer never tells).
    if (response.status() === 202) return;
    if (response.status() === 429 && attempt === 0) {
      const seconds = Number(response.headers()["retry-after"] ?? 60);
      await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, 60) * 1000 + 250));
      continue;
    }
    throw new Error(`registering ${user.email} failed: ${response.status()} ${await response.text()}`);
  }
}

/** Signs the page's browser context in with Auth.js's credentials endpoint (the cookie lands in the context). */
export async function signInThroughApi(page: Page, user: Pick<TTestUser, "email" | "password">): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/settings" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  if (response.status() !== 302 || location.includes("error=")) {
    throw new Error(`signing in ${user.email} failed: ${response.status()} ${location}`);
  }
}

interface TFixtures {
  /** A fresh identity for this test; nothing is registered yet. */
  newUser: TTestUser;
  /** A registered (unverified) user, signed in in this test's browser context. */
  signedInUser: TTestUser;
}

/**
 * Each test acts from its own client IP: the e2e server trusts X-Forwarded-For from localhost
 * (TRUSTED_PROXIES), as it would behind a real proxy, so per-IP limits (sign-up 5/min, sign-in
 * failures) apply per test instead of to the whole suite.
 */
function randomClientIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `198.18.${byte()}.${byte()}`;
}

export const test = base.extend<TFixtures>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": randomClientIp() });
  },
  // `provide` is Playwright's `use` (renamed: the React hooks lint rule claims that name).
  newUser: async ({}, provide, testInfo) => {
    await provide({ name: `E2E User ${testInfo.workerIndex}`, email: uniqueEmail(), password: testPassword("e2e") });
  },
  signedInUser: async ({ page, newUser }, provide) => {
    await registerUser(page.request, newUser);
    await signInThroughApi(page, newUser);
    await provide(newUser);
  },
});
