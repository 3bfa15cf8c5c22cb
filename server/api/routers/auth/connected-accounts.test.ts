import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accounts, users } from "@/db/schema";
import { listConnectedAccounts } from "@/server/auth/connected-accounts";
import { asSessionUser, callerFor, errorOf, registerTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

async function link(userId: string, provider: string) {
  await db.insert(accounts).values({ userId, type: "oauth", provider, providerAccountId: `${provider}-${randomUUID()}` });
}

/** A user who signs in only through GitHub or Google (no password), and their caller. */
async function passwordlessWithTwoProviders(name: string) {
  const { user } = await registerTestUser(db, name);
  await db.update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
  await link(user.id, "github");
  await link(user.id, "google");
  return { user, me: callerFor(db, { user: asSessionUser(user) }).caller };
}

describe("connected accounts", () => {
  it("with no provider configured (the default) lists nothing to connect", async () => {
    const { user } = await registerTestUser(db, "none");
    const me = callerFor(db, { user: asSessionUser(user) }).caller;
    expect(await me.auth.connectedAccounts()).toEqual({ hasPassword: true, providers: [] });
  });

  it("lists configured providers and linked ones, even a provider no longer configured", async () => {
    const { user } = await registerTestUser(db, "list");
    await link(user.id, "github");
    const listed = await listConnectedAccounts(db, user.id, [{ id: "google", name: "Google" }]);
    expect(listed.providers).toEqual([
      { id: "google", name: "Google", configured: true, connected: false },
      { id: "github", name: "GitHub", configured: false, connected: true },
    ]);
  });

  it("unlinks a provider when a password or another provider remains", async () => {
    const { user } = await registerTestUser(db, "unlink");
    await link(user.id, "github");
    const me = callerFor(db, { user: asSessionUser(user) }).caller;
    const after = await me.auth.unlinkAccount({ provider: "github" });
    expect(after.providers).toEqual([]);
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.id))).toEqual([]);
    expect((await errorOf(me.auth.unlinkAccount({ provider: "github" }))).code).toBe("NOT_FOUND");
  });

  it("never removes the last way to sign in: no password and a single provider", async () => {
    const { user, me } = await passwordlessWithTwoProviders("last");
    await me.auth.unlinkAccount({ provider: "google" });
    const refused = await errorOf(me.auth.unlinkAccount({ provider: "github" }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/only way to sign in/);
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.id))).toHaveLength(1);
  });

  it("two unlinks at once cannot leave an account without any way to sign in", async () => {
    const { user, me } = await passwordlessWithTwoProviders("race");
    const results = await Promise.allSettled([me.auth.unlinkAccount({ provider: "github" }), me.auth.unlinkAccount({ provider: "google" })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.id))).toHaveLength(1);
  });

  it("needs a signed-in user and a sane provider id", async () => {
    expect((await errorOf(callerFor(db).caller.auth.connectedAccounts())).code).toBe("UNAUTHORIZED");
    const { user } = await registerTestUser(db, "bad-input");
    const me = callerFor(db, { user: asSessionUser(user) }).caller;
    expect((await errorOf(me.auth.unlinkAccount({ provider: "" }))).code).toBe("VALIDATION_ERROR");
    expect((await errorOf(me.auth.unlinkAccount({ provider: "git\u0000hub" }))).code).toBe("VALIDATION_ERROR");
  });
});
