import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { expireUnusedTokens } from "@/server/auth/email-tokens";
import { AppError, secondsText } from "@/server/errors";
import { consumeRateLimit, FORGOT_PASSWORD_PER_EMAIL } from "@/server/rate-limit/fixed-window";
import { confirmCurrentPassword } from "./confirm-password";
import { notifyExistingOwner, sendVerification } from "./register";

/**
 * Starts an email change: the account keeps its current address until the link sent to the new
 * one is opened (verifyEmail then moves it), so a typo never locks anyone out. An address that
 * already has an account gets the answer any other address gets (its owner is told instead, as
 * sign-up does): otherwise this would tell anyone with an account which addresses are registered,
 * the very thing sign-up and password reset keep to themselves.
 */
export async function requestEmailChange(
  db: TDatabase,
  input: { userId: string; newEmail: string; password: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  await confirmCurrentPassword(db, user, input.password, new AppError("VALIDATION_ERROR", "Your password is not correct.", { fields: { password: "incorrect" } }));
  if (input.newEmail === user.email) {
    throw new AppError("VALIDATION_ERROR", "That is already your email address.", { fields: { newEmail: "unchanged" } });
  }
  // Each request emails an address the caller chose: a few an hour, so an account is not a way to mail strangers in bulk.
  const quota = await consumeRateLimit(db, { key: `email-change:user:${user.id}`, ...FORGOT_PASSWORD_PER_EMAIL });
  if (!quota.allowed) {
    throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${secondsText(quota.retryAfterSeconds)}.`, { retryAfterSeconds: quota.retryAfterSeconds });
  }
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.newEmail));
  if (taken) {
    await notifyExistingOwner(db, input.newEmail);
    return;
  }
  await db.transaction(async (tx) => {
    await expireUnusedTokens(tx, user.id, "verify_email");
    await sendVerification(tx, user, input.newEmail);
  });
}
