import { randomUUID } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxEmails } from "@/db/schema";
import { rateLimits } from "@/db/schema/rate-limits";
import { loadSessionUser, loadTokenUser } from "@/server/auth/session-user";
import { verifyAccessToken } from "@/server/auth/tokens/access-token";
import { toAppError } from "@/server/errors";
import { callerFor, latestEmailTo, registerTestUser, tokenFromLink, uniqueEmail } from "@/test/helpers/caller";
import { failureShape } from "@/test/helpers/app-error";
import { connectTestDb } from "@/test/helpers/db";
import { testPassword } from "@/test/secret-marker";

const db = connectTestDb();


describe("password reset", () => {
  it("answers the same for known and unknown emails and emails only the known one", async () => {
    const { email } = await registerTestUser(db, "forgot");
    const known = await callerFor(db).caller.auth.forgotPassword({ email });
    const unknown = await callerFor(db).caller.auth.forgotPassword({ email: uniqueEmail("ghost") });
    expect(known).toEqual(unknown);
    expect((await latestEmailTo(db, email)).text).toContain("/reset-password?token=");
  });

  it("limits reset requests to 3 an hour per email", async () => {
    const email = uniqueEmail("forgot-limit");
    for (let index = 0; index < 3; index++) await callerFor(db).caller.auth.forgotPassword({ email });
    expect((await failureShape(callerFor(db).caller.auth.forgotPassword({ email }))).code).toBe("RATE_LIMITED");
  });

  it("sets the new password once, ends every session and API token, and the old password stops working", async () => {
    const { user, email, password } = await registerTestUser(db, "reset");
    const pair = await callerFor(db).caller.auth.token({ email, password });
    await callerFor(db).caller.auth.forgotPassword({ email });
    const token = tokenFromLink((await latestEmailTo(db, email)).text, "/reset-password");
    const newPassword = testPassword("reset-new");
    expect(await callerFor(db).caller.auth.resetPassword({ token, newPassword })).toEqual({ reset: true });

    expect(await loadTokenUser(db, (await verifyAccessToken(pair.accessToken))!)).toBeNull();
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid: "any" })).toBeNull();
    expect((await failureShape(callerFor(db).caller.auth.token({ email, password }))).code).toBe("UNAUTHORIZED");
    await expect(callerFor(db).caller.auth.token({ email, password: newPassword })).resolves.toBeDefined();
    expect((await failureShape(callerFor(db).caller.auth.resetPassword({ token, newPassword: testPassword("again") }))).code).toBe(
      "VALIDATION_ERROR",
    );
  });

  it("limits forgot-password to 10 requests per 15 minutes from one IP, whatever the emails", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let index = 0; index < 10; index++) await callerFor(db, { ip }).caller.auth.forgotPassword({ email: uniqueEmail("spray") });
    const refused = await failureShape(callerFor(db, { ip }).caller.auth.forgotPassword({ email: uniqueEmail("spray") }));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(Number(refused.details?.retryAfterSeconds)).toBeGreaterThan(0);
  });

  it("limits reset attempts per IP (10 per 15 minutes) and per token (5 an hour), with Retry-After", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let index = 0; index < 10; index++) {
      const bogus = await failureShape(callerFor(db, { ip }).caller.auth.resetPassword({ token: `bogus-${index}-${randomUUID()}`, newPassword: testPassword("n") }));
      expect(bogus.code).toBe("VALIDATION_ERROR");
    }
    const { caller, ctx } = callerFor(db, { ip });
    const byIp = await failureShape(caller.auth.resetPassword({ token: `bogus-last-${randomUUID()}`, newPassword: testPassword("n") }));
    expect(byIp.code).toBe("RATE_LIMITED");
    expect(ctx.res.headers["Retry-After"]).toMatch(/^\d+$/);

    // One token tried from many IPs (a fresh random IP per caller) is still held to 5.
    const token = `shared-bogus-${randomUUID()}`;
    for (let index = 0; index < 5; index++) {
      expect((await failureShape(callerFor(db).caller.auth.resetPassword({ token, newPassword: testPassword("n") }))).code).toBe("VALIDATION_ERROR");
    }
    expect((await failureShape(callerFor(db).caller.auth.resetPassword({ token, newPassword: testPassword("n") }))).code).toBe("RATE_LIMITED");
    // The key holds the token's hash, never the token itself.
    const keys = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, "reset-password:token:%"));
    expect(keys.some((row) => row.key.includes(token))).toBe(false);
  });

  it("one link used twice at the same time sets exactly one password", async () => {
    const { email } = await registerTestUser(db, "race");
    await callerFor(db).caller.auth.forgotPassword({ email });
    const token = tokenFromLink((await latestEmailTo(db, email)).text, "/reset-password");
    const passwords = [testPassword("race-a"), testPassword("race-b"), testPassword("race-c")];
    const outcomes = await Promise.allSettled(passwords.map((newPassword) => callerFor(db).caller.auth.resetPassword({ token, newPassword })));
    const winners = outcomes.flatMap((outcome, index) => (outcome.status === "fulfilled" ? [passwords[index]!] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(toAppError(outcome.reason).code).toBe("VALIDATION_ERROR");
    }
    await expect(callerFor(db).caller.auth.token({ email, password: winners[0]! })).resolves.toBeDefined();
    const changedNotices = await db.select({ subject: outboxEmails.subject }).from(outboxEmails).where(eq(outboxEmails.to, email));
    expect(changedNotices.filter((mail) => mail.subject === "Your Rehearse password was changed")).toHaveLength(1);
  }, 60_000);

  it("a reset works even while sign-in is locked by failures, and clears the lock", async () => {
    const { email } = await registerTestUser(db, "locked");
    const ip = "198.51.100.7";
    for (let index = 0; index < 15; index++) {
      await failureShape(callerFor(db, { ip }).caller.auth.token({ email, password: testPassword(`bad-${index}`) }));
    }
    const locked = await failureShape(callerFor(db, { ip: "203.0.113.9" }).caller.auth.token({ email, password: testPassword("bad") }));
    expect(locked.code).toBe("RATE_LIMITED");
    await callerFor(db).caller.auth.forgotPassword({ email });
    const token = tokenFromLink((await latestEmailTo(db, email)).text, "/reset-password");
    const newPassword = testPassword("unlocked");
    await callerFor(db).caller.auth.resetPassword({ token, newPassword });
    await expect(callerFor(db, { ip: "203.0.113.9" }).caller.auth.token({ email, password: newPassword })).resolves.toBeDefined();
  }, 60_000);
});
