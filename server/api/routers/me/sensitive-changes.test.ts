/**
 * The password-confirmed changes of a signed-in account (password, email, deletion) against a
 * hostile caller: someone holding a stolen session guessing the password, or using email change to
 * learn which addresses are registered or to mail strangers in bulk.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxEmails, rateLimits, users } from "@/db/schema";
import { accountSignInKey } from "@/server/rate-limit/sign-in-throttle";
import { asSessionUser, callerFor, errorOf, latestEmailTo, registerTestUser, uniqueEmail } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { testPassword } from "@/test/secret-marker";

const db = connectTestDb();

async function signedIn(label: string) {
  const registered = await registerTestUser(db, label);
  return { ...registered, caller: callerFor(db, { user: asSessionUser(registered.user) }).caller };
}

async function failuresOf(email: string) {
  const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, accountSignInKey(email)));
  return row?.count ?? 0;
}

describe("password-confirmed changes", () => {
  it("wrong current passwords count against the account like wrong sign-ins, wherever they are tried", async () => {
    const { email, caller } = await signedIn("guess-current");
    const wrong = testPassword("not-theirs");
    expect((await errorOf(caller.me.changePassword({ currentPassword: wrong, newPassword: testPassword("next") }))).code).toBe("VALIDATION_ERROR");
    expect((await errorOf(caller.me.changeEmail({ newEmail: uniqueEmail("guess-new"), password: wrong }))).code).toBe("VALIDATION_ERROR");
    expect((await errorOf(caller.me.delete({ password: wrong }))).code).toBe("VALIDATION_ERROR");
    expect(await failuresOf(email)).toBe(3);
  });

  it("while the account's guesses are throttled even the right password is refused with RATE_LIMITED, and nothing changes", async () => {
    const { user, email, password, caller } = await signedIn("throttled-current");
    await db.insert(rateLimits).values({ key: accountSignInKey(email), count: 15, windowStartedAt: sql`now()`, updatedAt: sql`now()`, blockedUntil: sql`now() + interval '15 minutes'` });
    // One at a time: a call started before its turn would reject with no handler yet (an unhandled rejection).
    for (const attempt of [
      () => caller.me.changePassword({ currentPassword: password, newPassword: testPassword("throttled-next") }),
      () => caller.me.changeEmail({ newEmail: uniqueEmail("throttled-new"), password }),
      () => caller.me.delete({ password }),
    ]) {
      const error = await errorOf(attempt());
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    }
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toBe(user.passwordHash);
  });

  it("moving to an address that already has an account answers like any other address, and tells that address's owner", async () => {
    const owner = await registerTestUser(db, "taken-owner");
    const { caller, password } = await signedIn("taken-prober");
    await expect(caller.me.changeEmail({ newEmail: owner.email, password })).resolves.toMatchObject({ accepted: true });
    const notice = await latestEmailTo(db, owner.email);
    expect(notice.subject).toBe("Someone tried to sign up to Rehearse with your email");
    expect(notice.text).not.toMatch(/verify-email\?token=/);
  });

  it("sends at most 3 email-change links an hour per account", async () => {
    const { caller, password } = await signedIn("change-burst");
    for (let index = 0; index < 3; index++) await caller.me.changeEmail({ newEmail: uniqueEmail(`burst-${index}`), password });
    const fourth = uniqueEmail("burst-4");
    const error = await errorOf(caller.me.changeEmail({ newEmail: fourth, password }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(await db.select({ id: outboxEmails.id }).from(outboxEmails).where(eq(outboxEmails.to, fourth))).toEqual([]);
  });
});
