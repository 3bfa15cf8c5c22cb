import { describe, expect, it, vi } from "vitest";

// The public URL differs from where requests arrive (http://localhost:3999, as behind a reverse
// proxy); every absolute URL must name the public one. Set before any module reads the environment.
const PUBLIC = vi.hoisted(() => {
  process.env.APP_URL = "https://rehearse.example.test";
  process.env.GITHUB_CLIENT_ID = "test-github-client";
  process.env.GITHUB_CLIENT_SECRET = "test-github-secret";
  return "https://rehearse.example.test";
});

import { asSessionUser, callerFor, latestEmailTo, registerTestUser } from "@/test/helpers/caller";
import { AuthBrowser } from "@/test/helpers/auth-handlers";
import { connectTestDb } from "@/test/helpers/db";
import { resetPasswordLink, verifyEmailLink } from "@/server/mail/links";
import { authRoute } from "./auth-route";
import { resolveRedirect } from "./app-url";

const db = connectTestDb();
// A client (or a proxy passing it on) naming another host must not change any URL either.
const spoofing = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };

function expectPublic(url: string | null | undefined) {
  expect(url, "an absolute URL on APP_URL").toMatch(new RegExp(`^${PUBLIC.replace(/\./g, "\\.")}(/|$)`));
}

function signInPageLocation(response: Response): string {
  const location = response.headers.get("location") ?? "";
  // Relative, or else on APP_URL: never the host the request came in on.
  if (!location.startsWith("/")) expectPublic(location);
  return location;
}

describe("every absolute URL comes from APP_URL", () => {
  it("/api/auth/providers advertises APP_URL's sign-in and callback URLs", async () => {
    const browser = new AuthBrowser(authRoute, spoofing);
    const providers = (await (await browser.request("GET", "/api/auth/providers")).json()) as Record<string, { signinUrl: string; callbackUrl: string }>;
    expect(Object.keys(providers).sort()).toEqual(["credentials", "github"]);
    for (const provider of Object.values(providers)) {
      expectPublic(provider.signinUrl);
      expectPublic(provider.callbackUrl);
    }
  });

  it("sign-in redirects: Auth.js' own sign-in page, a failed and a successful password sign-in", async () => {
    const { email, password } = await registerTestUser(db, "appurl-signin");
    const browser = new AuthBrowser(authRoute, spoofing);
    // Auth.js answers with a path here, which the browser resolves against the public URL it asked for.
    const signInPage = new URL(signInPageLocation(await browser.request("GET", "/api/auth/signin")), PUBLIC);
    expect(signInPage.pathname).toBe("/sign-in");
    expectPublic(signInPage.searchParams.get("callbackUrl"));

    const failed = await browser.signIn(email, "not-the-password-at-all");
    expectPublic(failed);
    expect(failed).toContain("/sign-in?error=CredentialsSignin");
    expect(await browser.signIn(email, password, "/dashboard")).toBe(`${PUBLIC}/dashboard`);
    // A callback URL on another origin (the Host the request came in on, say) is not followed.
    expect(await browser.signIn(email, password, "http://localhost:3999/dashboard")).toBe(`${PUBLIC}/`);
  });

  it("the OAuth provider is told to come back to APP_URL", async () => {
    const browser = new AuthBrowser(authRoute, spoofing);
    const csrfToken = await browser.csrfToken();
    const response = await browser.request("POST", "/api/auth/signin/github", { form: { csrfToken, callbackUrl: "/settings" } });
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe("https://github.com");
    expect(location.searchParams.get("redirect_uri")).toBe(`${PUBLIC}/api/auth/callback/github`);
  });

  it("sign-out (the header's button, and a plain form POST) sends the browser to APP_URL", async () => {
    const { email, password } = await registerTestUser(db, "appurl-signout");
    const browser = new AuthBrowser(authRoute, spoofing);
    await browser.signIn(email, password);
    expect(await browser.signOut("/")).toBe(`${PUBLIC}/`);

    await browser.signIn(email, password);
    const csrfToken = await browser.csrfToken();
    const plain = await browser.request("POST", "/api/auth/signout", { form: { csrfToken, callbackUrl: "/" } });
    expect(plain.status).toBe(302);
    expect(plain.headers.get("location")).toBe(`${PUBLIC}/`);
  });

  it("account deletion ends on APP_URL's home page", async () => {
    const { user, email, password } = await registerTestUser(db, "appurl-delete");
    const browser = new AuthBrowser(authRoute, spoofing);
    await browser.signIn(email, password);
    await callerFor(db, { user: asSessionUser(user) }).caller.me.delete({ password });
    // What the danger zone does next: signOut({ redirectTo: "/" }).
    expect(await browser.signOut("/")).toBe(`${PUBLIC}/`);
  });

  it("emails link to APP_URL", async () => {
    const { email } = await registerTestUser(db, "appurl-mail");
    expect((await latestEmailTo(db, email)).text).toContain(`${PUBLIC}/verify-email?token=`);
    await callerFor(db).caller.auth.forgotPassword({ email });
    expect((await latestEmailTo(db, email)).text).toContain(`${PUBLIC}/reset-password?token=`);
    expect(verifyEmailLink("t")).toBe(`${PUBLIC}/verify-email?token=t`);
    expect(resetPasswordLink("t")).toBe(`${PUBLIC}/reset-password?token=t`);
  });

  it("resolveRedirect keeps paths and same-origin URLs, and sends anything else home", () => {
    expect(resolveRedirect("/practice?x=1")).toBe(`${PUBLIC}/practice?x=1`);
    expect(resolveRedirect(`${PUBLIC}/history`)).toBe(`${PUBLIC}/history`);
    for (const outside of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "not a url"]) {
      expect(resolveRedirect(outside), outside).toBe(`${PUBLIC}/`);
    }
  });
});
