/**
 * A verification link opened again after it did its job (clicked twice, opened signed out in another
 * browser) says the address is already verified instead of that the link does not work; links that
 * never verified anything (unknown, voided by a newer one, expired, for an address the account no
 * longer has) still get the one "invalid" answer, which tells nothing.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailTokens, outboxEmails, users } from "@/db/schema";
import { hashToken } from "@/server/auth/tokens/random-token";
import { failureShape } from "@/test/helpers/app-error";
import { asSessionUser, callerFor, latestEmailTo, registerTestUser, tokenFromLink, uniqueEmail } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

const ALREADY_VERIFIED = {
  code: "CONFLICT",
  details: { reason: "already_verified" },
  message: "This email address is already verified. Sign in to continue.",
};
const INVALID = {
  code: "VALIDATION_ERROR",
  details: { fields: { token: "invalid or expired" } },
  message: "This verification link is invalid, already used or expired. Ask for a new one.",
};

async function verifyLinkTo(email: string): Promise<string> {
  return tokenFromLink((await latestEmailTo(db, email)).text, "/verify-email");
}

describe("a verification link opened again", () => {
  it("says the address is already verified, naming no address and changing nothing", async () => {
    const { user, email } = await registerTestUser(db, "twice");
    const token = await verifyLinkTo(email);
    const anonymous = callerFor(db).caller;
    expect(await anonymous.auth.verifyEmail({ token })).toEqual({ verified: true, email, emailChanged: false });
    const [verified] = await db.select().from(users).where(eq(users.id, user.id));
    const mailCount = (await db.select().from(outboxEmails).where(eq(outboxEmails.to, email))).length;

    // Signed out, and signed in as the owner: the same answer.
    const again = await failureShape(anonymous.auth.verifyEmail({ token }));
    expect(again).toEqual(ALREADY_VERIFIED);
    expect(JSON.stringify(again)).not.toContain(email);
    expect(await failureShape(callerFor(db, { user: asSessionUser(user) }).caller.auth.verifyEmail({ token }))).toEqual(ALREADY_VERIFIED);

    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toEqual(verified);
    expect(await db.select().from(outboxEmails).where(eq(outboxEmails.to, email))).toHaveLength(mailCount);
  });

  it("is invalid as before when unknown, voided by a newer link or past its 24 hours, even once the address is verified", async () => {
    const { user, email } = await registerTestUser(db, "stale");
    const first = await verifyLinkTo(email);
    await callerFor(db, { user: asSessionUser(user) }).caller.auth.resendVerification();
    const second = await verifyLinkTo(email);
    expect(second).not.toBe(first);
    const anonymous = callerFor(db).caller;
    await anonymous.auth.verifyEmail({ token: second });

    expect(await failureShape(anonymous.auth.verifyEmail({ token: first }))).toEqual(INVALID);
    expect(await failureShape(anonymous.auth.verifyEmail({ token: Buffer.alloc(32, 7).toString("base64url") }))).toEqual(INVALID);
    await db.update(emailTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailTokens.tokenHash, hashToken(second)));
    expect(await failureShape(anonymous.auth.verifyEmail({ token: second }))).toEqual(INVALID);
  });

  it("counts only for the address the account has now: after an email change, the old address's link is invalid", async () => {
    const { user, email, password } = await registerTestUser(db, "moved-on");
    const oldLink = await verifyLinkTo(email);
    const anonymous = callerFor(db).caller;
    await anonymous.auth.verifyEmail({ token: oldLink });
    const newEmail = uniqueEmail("moved-to");
    await callerFor(db, { user: asSessionUser(user) }).caller.me.changeEmail({ newEmail, password });
    const newLink = await verifyLinkTo(newEmail);

    // While the change waits for its link, the old address is still the account's and verified.
    expect(await failureShape(anonymous.auth.verifyEmail({ token: oldLink }))).toEqual(ALREADY_VERIFIED);
    expect(await anonymous.auth.verifyEmail({ token: newLink })).toEqual({ verified: true, email: newEmail, emailChanged: true });
    expect(await failureShape(anonymous.auth.verifyEmail({ token: newLink }))).toEqual(ALREADY_VERIFIED);
    expect(await failureShape(anonymous.auth.verifyEmail({ token: oldLink }))).toEqual(INVALID);
  });
});
