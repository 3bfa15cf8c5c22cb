import { eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { outboxEmails, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { cancelStripeSubscriptions } from "@/server/billing/cancel-subscriptions";
import { deleteGeneratedQuestions, generatedQuestionIds } from "@/server/job-targets/delete-generated";
import { deleteUserAudio } from "@/server/voice/recordings/delete-audio";
import { recordingStorage } from "@/server/voice/storage";
import { confirmCurrentPassword } from "./confirm-password";
import { getUser } from "./profile";

/**
 * Deletes the account and everything that belongs to it (foreign keys cascade; emails addressed
 * to it go too). Needs the password; an account without one (OAuth only) confirms with its email address.
 */
export async function deleteAccount(db: TDatabase, input: { userId: string; password: string }): Promise<void> {
  const user = await getUser(db, input.userId);
  const wrong = new AppError("VALIDATION_ERROR", "Your password is not correct.", { fields: { password: "incorrect" } });
  if (user.passwordHash) await confirmCurrentPassword(db, user, input.password, wrong);
  else if (input.password.trim().toLowerCase() !== user.email) throw wrong;
  // Stop Stripe charging first: a deleted account must never be billed again. When Stripe cannot be
  // reached this throws SERVICE_UNAVAILABLE (with Retry-After) and nothing below runs.
  await cancelStripeSubscriptions(db, user.id);
  await db.transaction(async (tx) => {
    await tx.delete(outboxEmails).where(eq(outboxEmails.to, user.email));
    const generated = await generatedQuestionIds(tx, user.id);
    await tx.delete(users).where(eq(users.id, user.id));
    await deleteGeneratedQuestions(tx, generated);
  });
  // The recordings' rows went with the account; their audio goes after the commit and never blocks it.
  await deleteUserAudio(recordingStorage(), user.id);
  logger().info({ event: "account_deleted", userId: user.id }, "account deleted");
}
