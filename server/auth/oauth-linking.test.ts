import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accounts, users } from "@/db/schema";
import { registerTestUser, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { markEmailVerifiedByProvider, mayLinkOAuthAccount, providerVerifiedEmail } from "./oauth-linking";
import { uniqueEmail } from "@/test/helpers/unique-email";

const db = connectTestDb();
const google = () => ({ provider: "google", providerAccountId: randomUUID() });

describe("OAuth account linking", () => {
  it("trusts only providers that say the email is verified", () => {
    expect(providerVerifiedEmail("google", { email_verified: true })).toBe(true);
    expect(providerVerifiedEmail("google", { email_verified: false })).toBe(false);
    expect(providerVerifiedEmail("linkedin", { email_verified: "true" })).toBe(true);
    expect(providerVerifiedEmail("github", { email_verified: true })).toBe(false);
    expect(providerVerifiedEmail("google", null)).toBe(false);
  });

  it("a new email signs up; a verified password account links only with a provider-verified email", async () => {
    const { user, email } = await verifiedTestUser(db, "oauth");
    expect(await mayLinkOAuthAccount(db, { ...google(), email: uniqueEmail("new"), profile: { email_verified: true } })).toBe(true);
    expect(await mayLinkOAuthAccount(db, { ...google(), email: email.toUpperCase(), profile: { email_verified: false } })).toBe(
      "/sign-in?error=OAuthAccountNotLinked",
    );
    expect(await mayLinkOAuthAccount(db, { ...google(), email, profile: { email_verified: true } })).toBe(true);
    expect(await mayLinkOAuthAccount(db, { provider: "github", providerAccountId: randomUUID(), email, profile: { email_verified: true } })).toBe(
      "/sign-in?error=OAuthAccountNotLinked",
    );
    // Once linked, the same provider account signs in whatever its profile says.
    await db.insert(accounts).values({ userId: user.id, type: "oauth", provider: "github", providerAccountId: "gh-1-" + user.id });
    expect(await mayLinkOAuthAccount(db, { provider: "github", providerAccountId: "gh-1-" + user.id, email, profile: {} })).toBe(true);
  });

  it("never links onto an unverified local account: someone may have registered the victim's address first", async () => {
    // The attacker signs up with the victim's address and a password of their own, and never verifies it.
    const { email } = await registerTestUser(db, "preaccount");
    // The victim then uses "Continue with Google", which vouches for the address.
    expect(await mayLinkOAuthAccount(db, { ...google(), email, profile: { email_verified: true } })).toBe(
      "/sign-in?error=OAuthEmailUnverified",
    );
  });

  it("signed in, links the provider to the current user whatever its email; refuses one that belongs to someone else", async () => {
    const me = await registerTestUser(db, "linker");
    const other = await verifiedTestUser(db, "other");
    const mine = google();
    // The provider's email may differ from (or match another) account: the signed-in user proved both identities.
    expect(await mayLinkOAuthAccount(db, { ...mine, email: other.email, profile: {}, signedInUserId: me.user.id })).toBe(true);
    await db.insert(accounts).values({ userId: me.user.id, type: "oidc", ...mine });
    expect(await mayLinkOAuthAccount(db, { ...mine, email: null, profile: {}, signedInUserId: me.user.id })).toBe(true);
    expect(await mayLinkOAuthAccount(db, { ...mine, email: null, profile: {}, signedInUserId: other.user.id })).toBe(
      "/settings?linkError=OAuthAccountTaken#connected-accounts",
    );
  });

  it("a provider that vouches for the account's own address verifies it; any other address does nothing", async () => {
    const { user, email } = await registerTestUser(db, "oauth-verify");
    const verified = async () => (await db.select().from(users).where(eq(users.id, user.id)))[0]!.emailVerified;
    await markEmailVerifiedByProvider(db, { userId: user.id, email: uniqueEmail("other"), provider: "google", profile: { email_verified: true } });
    await markEmailVerifiedByProvider(db, { userId: user.id, email, provider: "github", profile: { email_verified: true } });
    expect(await verified()).toBeNull();
    await markEmailVerifiedByProvider(db, { userId: user.id, email: email.toUpperCase(), provider: "google", profile: { email_verified: true } });
    expect(await verified()).toBeInstanceOf(Date);
  });
});
