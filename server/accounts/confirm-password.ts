/**
 * The current password, asked again before a sensitive change (the password, the email address,
 * deleting the account). Counted with sign-in's throttle on the same account key: a stolen session
 * must not be a way to guess the password without limit, which would also get round sign-in's own
 * limits (one budget of guesses per account, wherever they are made).
 */
import { sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { verifyPassword } from "@/server/auth/password-hash";
import { AppError, secondsText } from "@/server/errors";
import { checkSignIn, recordSignInFailure, recordSignInSuccess } from "@/server/rate-limit/sign-in-throttle";

/** Resolves when `password` is the account's; throws `wrong` when it is not, RATE_LIMITED while guesses are throttled. */
export async function confirmCurrentPassword(db: TDatabase, user: { email: string; passwordHash: string | null }, password: string, wrong: AppError): Promise<void> {
  const subject = { email: user.email, ip: null };
  const outcome = await db.transaction(async (tx) => {
    // The lock sign-in takes for this account: parallel guesses cannot all pass the check before a failure is counted.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`signin:${user.email}`}))`);
    const throttle = await checkSignIn(tx, subject);
    if (!throttle.allowed) return throttle;
    const correct = user.passwordHash !== null && (await verifyPassword(user.passwordHash, password));
    if (correct) await recordSignInSuccess(tx, subject);
    else await recordSignInFailure(tx, subject);
    return { allowed: true as const, correct };
  });
  if (!outcome.allowed) {
    // Sign-in's own words (the forms translate them): it is the same count of wrong passwords.
    throw new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${secondsText(outcome.retryAfterSeconds)}, or reset your password.`, {
      retryAfterSeconds: outcome.retryAfterSeconds,
    });
  }
  if (!outcome.correct) throw wrong;
}
