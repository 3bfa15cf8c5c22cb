import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { accounts } from "@/db/schema";
import { registerTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { mayLinkOAuthAccount, providerVerifiedEmail } from "./oauth-linking";

const db = connectTestDb();

describe("OAuth account linking", () => {
  it("trusts only providers that say the email is verified", () => {
    expect(providerVerifiedEmail("google", { email_verified: true })).toBe(true);
    expect(providerVerifiedEmail("google", { email_verified: false })).toBe(false);
    expect(providerVerifiedEmail("linkedin", { email_verified: "true" })).toBe(true);
    expect(providerVerifiedEmail("github", { email_verified: true })).toBe(false);
    expect(providerVerifiedEmail("google", null)).toBe(false);
  });

  it("a new email signs up; an existing password account links only with a verified email", async () => {
    const { user, email } = await registerTestUser(db, "oauth");
    const base = { provider: "google", providerAccountId: randomUUID() };
    expect(await mayLinkOAuthAccount(db, { ...base, email: `new-${randomUUID()}@example.test`, profile: { email_verified: true } })).toBe(true);
    expect(await mayLinkOAuthAccount(db, { ...base, email: email.toUpperCase(), profile: { email_verified: false } })).toBe(
      "/sign-in?error=OAuthAccountNotLinked",
    );
    expect(await mayLinkOAuthAccount(db, { ...base, email, profile: { email_verified: true } })).toBe(true);
    expect(await mayLinkOAuthAccount(db, { provider: "github", providerAccountId: randomUUID(), email, profile: { email_verified: true } })).toBe(
      "/sign-in?error=OAuthAccountNotLinked",
    );
    // Once linked, the same provider account signs in whatever its profile says.
    await db.insert(accounts).values({ userId: user.id, type: "oauth", provider: "github", providerAccountId: "gh-1-" + user.id });
    expect(await mayLinkOAuthAccount(db, { provider: "github", providerAccountId: "gh-1-" + user.id, email, profile: {} })).toBe(true);
  });
});
