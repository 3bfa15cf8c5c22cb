import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { consumeEmailToken, createEmailToken, expireUnusedTokens, peekEmailToken } from "@/server/auth/email-tokens";
import { hashPassword } from "@/server/auth/password-hash";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { queueEmail } from "@/server/mail/send-email";
import { passwordChangedEmail, passwordResetEmail } from "@/server/mail/templates";
import { clearAccountSignInFailures } from "@/server/rate-limit/sign-in-throttle";
import { endAllSessions } from "./end-sessions";
import { assertPasswordAllowed } from "./password-rules";

/**
 * Sends a reset link when the account exists. The caller answers the same either way, so the
 * response never tells whether an email is registered.
 */
export async function requestPasswordReset(db: TDatabase, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user || user.status !== "active") return;
    await expireUnusedTokens(tx, user.id, "reset_password");
    const token = await createEmailToken(tx, { userId: user.id, purpose: "reset_password", email: user.email });
    const link = `${getEnv().APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
    await queueEmail(tx, { to: user.email, ...passwordResetEmail({ name: user.name, link, locale: user.language }) });
  });
}

const invalidResetLink = () =>
  new AppError("VALIDATION_ERROR", "This reset link is invalid, already used or expired. Ask for a new one.", {
    fields: { token: "invalid or expired" },
  });

/** Sets a new password from a reset link; every session and API token of the account ends. */
export async function resetPassword(db: TDatabase, input: { token: string; newPassword: string }): Promise<{ userId: string }> {
  // The token is checked before argon2 runs (~50 ms of CPU), so bogus links cost a lookup, not a hash.
  const link = await peekEmailToken(db, { token: input.token, purpose: "reset_password" });
  if (!link) throw invalidResetLink();
  const [owner] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, link.userId));
  if (!owner) throw invalidResetLink();
  assertPasswordAllowed(input.newPassword, owner, "newPassword");
  // Hashed outside the transaction so no row stays locked while it runs.
  const passwordHash = await hashPassword(input.newPassword);
  const userId = await db.transaction(async (tx) => {
    // Spending is the one atomic step: of two concurrent uses, the second finds the link used and fails.
    const spent = await consumeEmailToken(tx, { token: input.token, purpose: "reset_password" });
    if (!spent) throw invalidResetLink();
    const [user] = await tx.select().from(users).where(eq(users.id, spent.userId));
    if (!user) throw new AppError("NOT_FOUND", "Account not found.");
    // A link mailed to an address the account has since left proves nothing about the account now:
    // whoever reads the old mailbox (perhaps the reason for the move) must not be able to take it back.
    if (spent.email !== user.email) throw invalidResetLink();
    // Reading the link proves control of the address, so it also counts as verifying it.
    await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, user.id));
    await endAllSessions(tx, user.id, "password_reset");
    await queueEmail(tx, { to: user.email, ...passwordChangedEmail({ name: user.name, resetLink: `${getEnv().APP_URL}/forgot-password`, locale: user.language }) });
    return user.id;
  });
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (user) await clearAccountSignInFailures(db, user.email);
  return { userId };
}
