import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxEmails, users } from "@/db/schema";
import { loadSessionUser, loadTokenUser } from "@/server/auth/session-user";
import { startBrowserSession } from "@/server/auth/browser-sessions";
import { verifyAccessToken } from "@/server/auth/tokens/access-token";
import { openApiDocument } from "@/server/http/openapi";
import { asSessionUser, callerFor, latestEmailTo, registerTestUser, tokenFromLink, uniqueEmail } from "@/test/helpers/caller";
import { failureShape } from "@/test/helpers/app-error";
import { connectTestDb } from "@/test/helpers/db";
import { testPassword } from "@/test/secret-marker";

const db = connectTestDb();


describe("registration and email verification", () => {
  it("creates an unverified account, emails a 24 h link that verifies it once", async () => {
    const { user, email } = await registerTestUser(db, "verify");
    expect(user.emailVerified).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const mail = await latestEmailTo(db, email);
    const token = tokenFromLink(mail.text, "/verify-email");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const { caller } = callerFor(db);
    expect(await caller.auth.verifyEmail({ token })).toEqual({ verified: true, email, emailChanged: false });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after?.emailVerified).toBeInstanceOf(Date);
    // Spent: opened again it verifies nothing, and says the address already is (server/accounts/verify-email.test.ts).
    expect(await failureShape(caller.auth.verifyEmail({ token }))).toMatchObject({ code: "CONFLICT", details: { reason: "already_verified" } });
  });

  it("answers an already-registered email exactly like a new one, and emails the owner instead (once an hour)", async () => {
    const { user, email, password } = await registerTestUser(db, "dup");
    const fresh = await callerFor(db).caller.auth.register({ email: uniqueEmail("fresh"), password: testPassword("fresh"), name: "Fresh" });
    const duplicate = await callerFor(db).caller.auth.register({ email: email.toUpperCase(), password: testPassword("other"), name: "Dup" });
    expect(duplicate).toEqual(fresh);
    expect(duplicate).toEqual({ status: "verification_sent", message: expect.stringContaining("Check your inbox") });
    expect(JSON.stringify(duplicate)).not.toContain(user.id);

    // The account is untouched: one row, the owner's password, the owner's name.
    const rows = await db.select().from(users).where(eq(users.email, email));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: user.id, name: user.name, passwordHash: user.passwordHash });
    await expect(callerFor(db).caller.auth.token({ email, password })).resolves.toBeDefined();

    const notice = await latestEmailTo(db, email);
    expect(notice.subject).toBe("Someone tried to sign up to Rehearse with your email");
    expect(notice.text).toContain("http://localhost:3999/sign-in");
    expect(notice.text).toContain("http://localhost:3999/forgot-password");
    expect(notice.text).not.toContain("token=");

    // More attempts within the hour: the same answer, but no more email to the owner.
    await callerFor(db).caller.auth.register({ email, password: testPassword("third"), name: "Dup" });
    await callerFor(db).caller.auth.register({ email, password: testPassword("fourth"), name: "Dup" });
    const sent = await db.select({ subject: outboxEmails.subject }).from(outboxEmails).where(eq(outboxEmails.to, email));
    expect(sent.map((mail) => mail.subject).filter((subject) => subject.startsWith("Someone tried"))).toHaveLength(1);
  });

  it("documents register as 202 with the one response body, and no 409", () => {
    const operation = openApiDocument("http://localhost:3000").paths?.["/auth/register"]?.post;
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(["202", "400", "429"]));
    expect(Object.keys(operation?.responses ?? {})).not.toContain("409");
    expect(Object.keys(operation?.responses ?? {})).not.toContain("201");
  });

  it("refuses common passwords, passwords containing the email, and lengths outside 8–128 — naming the field", async () => {
    const { caller } = callerFor(db);
    const email = uniqueEmail("policy");
    const common = await failureShape(caller.auth.register({ email, password: "password123", name: "P" }));
    expect(common.code).toBe("VALIDATION_ERROR");
    expect(common.details?.fields).toHaveProperty("password");
    const containsEmail = await failureShape(caller.auth.register({ email, password: `my ${email} pass`, name: "P" }));
    expect(containsEmail.code).toBe("VALIDATION_ERROR");
    for (const password of ["short7!", "x".repeat(129)]) {
      const tooShortOrLong = await failureShape(caller.auth.register({ email, password, name: "P" }));
      expect(tooShortOrLong.code).toBe("VALIDATION_ERROR");
    }
    const [none] = await db.select().from(users).where(eq(users.email, email));
    expect(none).toBeUndefined();
  });

  it("limits sign-ups to 5 a minute per IP, with RateLimit headers", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let index = 0; index < 5; index++) {
      const { caller, ctx } = callerFor(db, { ip });
      await caller.auth.register({ email: uniqueEmail("burst"), password: testPassword("burst"), name: "B" });
      expect(ctx.res.headers["RateLimit-Remaining"]).toBe(String(4 - index));
    }
    const { caller } = callerFor(db, { ip });
    const refused = await failureShape(caller.auth.register({ email: uniqueEmail("burst"), password: testPassword("burst"), name: "B" }));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(Number(refused.details?.retryAfterSeconds)).toBeGreaterThan(0);
  });
});

describe("API tokens", () => {
  it("issues a 15-minute access token and a refresh token; the same error for unknown email and wrong password", async () => {
    const { email, password } = await registerTestUser(db, "tokens");
    const { caller } = callerFor(db);
    const pair = await caller.auth.token({ email, password });
    expect(pair.tokenType).toBe("Bearer");
    expect(pair.expiresIn).toBe(900);
    expect(pair.user.email).toBe(email);
    expect(pair.user).not.toHaveProperty("passwordHash");
    expect(await verifyAccessToken(pair.accessToken)).toMatchObject({ sessionVersion: 0 });

    const wrongPassword = await failureShape(caller.auth.token({ email, password: testPassword("wrong") }));
    const unknownEmail = await failureShape(caller.auth.token({ email: uniqueEmail("nobody"), password }));
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword.code).toBe("UNAUTHORIZED");
  });

  it("rotates refresh tokens; reusing a rotated one revokes the whole family", async () => {
    const { email, password } = await registerTestUser(db, "rotate");
    const { caller } = callerFor(db);
    const first = await caller.auth.token({ email, password });
    const second = await caller.auth.refresh({ refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);

    const reuse = await failureShape(caller.auth.refresh({ refreshToken: first.refreshToken }));
    expect(reuse.code).toBe("UNAUTHORIZED");
    // The thief's reuse also ends the legitimate holder's newer tokens.
    expect((await failureShape(caller.auth.refresh({ refreshToken: second.refreshToken }))).code).toBe("UNAUTHORIZED");
    const claims = await verifyAccessToken(second.accessToken);
    expect(await loadTokenUser(db, claims!)).toBeNull();
  });

  it("two parallel refreshes with the same token: exactly one succeeds", async () => {
    const { email, password } = await registerTestUser(db, "race");
    const { caller } = callerFor(db);
    const pair = await caller.auth.token({ email, password });
    const results = await Promise.allSettled([
      caller.auth.refresh({ refreshToken: pair.refreshToken }),
      caller.auth.refresh({ refreshToken: pair.refreshToken }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("logout revokes the family; only the owner can", async () => {
    const a = await registerTestUser(db, "logout-a");
    const b = await registerTestUser(db, "logout-b");
    const pair = await callerFor(db).caller.auth.token({ email: a.email, password: a.password });
    const asB = callerFor(db, { user: asSessionUser(b.user) }).caller;
    expect((await failureShape(asB.auth.logout({ refreshToken: pair.refreshToken }))).code).toBe("UNAUTHORIZED");
    await callerFor(db, { user: asSessionUser(a.user) }).caller.auth.logout({ refreshToken: pair.refreshToken });
    expect((await failureShape(callerFor(db).caller.auth.refresh({ refreshToken: pair.refreshToken }))).code).toBe("UNAUTHORIZED");
    expect(await loadTokenUser(db, (await verifyAccessToken(pair.accessToken))!)).toBeNull();
  });

  it("a suspended account cannot get tokens and its existing tokens stop working", async () => {
    const { user, email, password } = await registerTestUser(db, "suspended");
    const pair = await callerFor(db).caller.auth.token({ email, password });
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    expect((await failureShape(callerFor(db).caller.auth.token({ email, password }))).code).toBe("FORBIDDEN");
    expect(await loadTokenUser(db, (await verifyAccessToken(pair.accessToken))!)).toBeNull();
  });
});

describe("signed-in account management", () => {
  it("changing the password keeps the session that did it and ends the others", async () => {
    const { user, password } = await registerTestUser(db, "change");
    const thisBrowser = await startBrowserSession(db, user.id);
    const otherBrowser = await startBrowserSession(db, user.id);
    const me = callerFor(db, { user: asSessionUser(user), sessionId: thisBrowser }).caller;
    const wrong = await failureShape(me.me.changePassword({ currentPassword: testPassword("nope"), newPassword: testPassword("new") }));
    expect(wrong.code).toBe("VALIDATION_ERROR");
    await me.me.changePassword({ currentPassword: password, newPassword: testPassword("new") });
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid: thisBrowser })).not.toBeNull();
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid: otherBrowser })).toBeNull();
  });

  it("sign out everywhere ends every session, this one included", async () => {
    const { user } = await registerTestUser(db, "everywhere");
    const s1 = await startBrowserSession(db, user.id);
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid: s1 })).not.toBeNull();
    await callerFor(db, { user: asSessionUser(user), sessionId: s1 }).caller.auth.signOutEverywhere();
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid: s1 })).toBeNull();
  });

  it("updates the profile, exports everything, and deletes the account with its password", async () => {
    const { user, email, password } = await registerTestUser(db, "profile");
    const me = callerFor(db, { user: asSessionUser(user) }).caller;
    const updated = await me.me.update({ name: "New Name", age: 30, preferences: { track: "coding", level: "mid", emailNotifications: false } });
    expect(updated.user).toMatchObject({ name: "New Name", age: 30, preferences: { track: "coding", level: "mid", emailNotifications: false } });
    expect((await failureShape(me.me.update({ age: 5 }))).code).toBe("VALIDATION_ERROR");

    const exported = await me.me.export();
    expect(exported.user.email).toBe(email);
    expect(JSON.stringify(exported)).not.toMatch(/argon2|passwordHash/);
    expect(exported.emailsSent.length).toBeGreaterThan(0);

    expect((await failureShape(me.me.delete({ password: testPassword("wrong") }))).code).toBe("VALIDATION_ERROR");
    await me.me.delete({ password });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
  });

  it("changing the email keeps the old address until the new one is verified", async () => {
    const { user, email, password } = await registerTestUser(db, "move");
    const me = callerFor(db, { user: asSessionUser(user) }).caller;
    const newEmail = uniqueEmail("moved");
    await me.me.changeEmail({ newEmail, password });
    expect((await me.me.get()).user.email).toBe(email);
    const verified = await callerFor(db).caller.auth.verifyEmail({ token: tokenFromLink((await latestEmailTo(db, newEmail)).text, "/verify-email") });
    expect(verified).toEqual({ verified: true, email: newEmail, emailChanged: true });
    expect((await me.me.get()).user).toMatchObject({ email: newEmail, emailVerified: true });
    // The old address hears of it, with a way to reach support without signing in.
    const notice = await latestEmailTo(db, email);
    expect(notice.subject).toBe("The email address of your Rehearse account was changed");
    expect(notice.text).toContain(newEmail);
    expect(notice.text).toMatch(/\/contact\b/);
  });

  it("refuses anonymous callers", async () => {
    expect((await failureShape(callerFor(db).caller.me.get())).code).toBe("UNAUTHORIZED");
  });
});

describe("sign-in throttling under parallel guessing", () => {
  it("20 parallel wrong guesses cannot all be checked: the delay applies between them", async () => {
    const { email, password } = await registerTestUser(db, "burst-guess");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => failureShape(callerFor(db).caller.auth.token({ email, password: testPassword(`guess-${index}`) }))),
    );
    const checked = results.filter((result) => result.code === "UNAUTHORIZED").length;
    const throttled = results.filter((result) => result.code === "RATE_LIMITED").length;
    expect(checked).toBeLessThanOrEqual(5); // 4 free failures, then the 5th starts a delay
    expect(throttled).toBe(20 - checked);
    // The real owner is throttled too until the delay passes, but never locked out of a reset.
    expect((await failureShape(callerFor(db).caller.auth.token({ email, password }))).code).toBe("RATE_LIMITED");
  }, 60_000);
});
