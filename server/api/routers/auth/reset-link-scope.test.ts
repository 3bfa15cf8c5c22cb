/**
 * A password-reset link is good only for the account as it was mailed: found in a hostile pass,
 * a link left in a mailbox the owner moved away from (or had reason to distrust) still reset the
 * password and took the account back.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { asSessionUser, callerFor, errorOf, latestEmailTo, registerTestUser, tokenFromLink, uniqueEmail } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { testPassword } from "@/test/secret-marker";

const db = connectTestDb();

async function resetLinkFor(email: string): Promise<string> {
  await callerFor(db).caller.auth.forgotPassword({ email });
  return tokenFromLink((await latestEmailTo(db, email)).text, "/reset-password");
}

describe("reset links and later changes", () => {
  it("a reset link sent to the old address stops working once the account moves to a new one", async () => {
    const { user, email, password } = await registerTestUser(db, "moved-away");
    const staleLink = await resetLinkFor(email);
    const me = callerFor(db, { user: asSessionUser(user) }).caller;
    const newEmail = uniqueEmail("moved-to");
    await me.me.changeEmail({ newEmail, password });
    await callerFor(db).caller.auth.verifyEmail({ token: tokenFromLink((await latestEmailTo(db, newEmail)).text, "/verify-email") });
    const error = await errorOf(callerFor(db).caller.auth.resetPassword({ token: staleLink, newPassword: testPassword("thief") }));
    expect(error.code).toBe("VALIDATION_ERROR");
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toBe(user.passwordHash);
  });

  it("a reset link from before a password change no longer works after it", async () => {
    const { user, email, password } = await registerTestUser(db, "changed-then-reset");
    const earlierLink = await resetLinkFor(email);
    await callerFor(db, { user: asSessionUser(user) }).caller.me.changePassword({ currentPassword: password, newPassword: testPassword("changed-by-owner") });
    const error = await errorOf(callerFor(db).caller.auth.resetPassword({ token: earlierLink, newPassword: testPassword("thief-two") }));
    expect(error.code).toBe("VALIDATION_ERROR");
  });

  it("an ordinary reset link still works", async () => {
    const { email } = await registerTestUser(db, "fresh-link");
    const link = await resetLinkFor(email);
    await expect(callerFor(db).caller.auth.resetPassword({ token: link, newPassword: testPassword("fresh-new") })).resolves.toEqual({ reset: true });
  });
});
