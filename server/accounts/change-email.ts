import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { users } from "@/db/schema";
import { expireUnusedTokens } from "@/server/auth/email-tokens";
import { verifyPassword } from "@/server/auth/password-hash";
import { AppError } from "@/server/errors";
import { sendVerification } from "./register";

/**
 * Starts an email change: the account keeps its current address until the link sent to the new
 * one is opened (verifyEmail then moves it), so a typo never locks anyone out.
 */
export async function requestEmailChange(
  db: TDatabase,
  input: { userId: string; newEmail: string; password: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("VALIDATION_ERROR", "Your password is not correct.", { fields: { password: "incorrect" } });
  }
  if (input.newEmail === user.email) {
    throw new AppError("VALIDATION_ERROR", "That is already your email address.", { fields: { newEmail: "unchanged" } });
  }
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.newEmail));
  if (taken) throw new AppError("CONFLICT", "Another account uses this email address.", { fields: { newEmail: "already registered" } });
  await db.transaction(async (tx) => {
    await expireUnusedTokens(tx, user.id, "verify_email");
    await sendVerification(tx, user, input.newEmail);
  });
}
