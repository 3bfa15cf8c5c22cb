import { asc, eq } from "drizzle-orm";
import type { TDatabase, TTransaction } from "@/db";
import { interviewQuestions, interviews, outboxEmails, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { isLockConflict, retryLockConflicts } from "@/server/lock-conflicts";
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
  await deleteRowsRetryingDeadlocks(() =>
    db.transaction(async (tx) => {
      await lockInterviewsInWriterOrder(tx, user.id);
      await tx.delete(outboxEmails).where(eq(outboxEmails.to, user.email));
      const generated = await generatedQuestionIds(tx, user.id);
      await tx.delete(users).where(eq(users.id, user.id));
      await deleteGeneratedQuestions(tx, generated);
    }),
  );
  // The recordings' rows went with the account; their audio goes after the commit and never blocks it.
  await deleteUserAudio(recordingStorage(), user.id);
  logger().info({ event: "account_deleted", userId: user.id }, "account deleted");
}

/**
 * Deleting the user row first and letting the cascade reach interviews and answers took the locks in
 * the reverse of everyone else's order: a submit locks the question row, then the interview, then the
 * user row (with an Idempotency-Key too: lockSubmitTarget); the scorer locks the interview, then the answer. Each waited for the other (40P01 deadlock),
 * and PostgreSQL aborted one: the delete or the submit answered 500, or the scoring job was retried.
 * The account's question rows and then its interviews are locked first, in id order, as those writers
 * take them: a submit or a score in flight finishes first, and nothing new starts on them after.
 */
async function lockInterviewsInWriterOrder(tx: TTransaction, userId: string): Promise<void> {
  await tx
    .select({ id: interviewQuestions.id })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .where(eq(interviews.userId, userId))
    .orderBy(asc(interviewQuestions.id))
    .for("update", { of: interviewQuestions });
  await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.userId, userId)).orderBy(asc(interviews.id)).for("update");
}

/**
 * A writer this order does not cover can still deadlock with the deletion; the aborted transaction
 * rolled back whole, so it runs again. After the last try the client gets a 503 with Retry-After,
 * never a 500, and the account is intact.
 */
async function deleteRowsRetryingDeadlocks(work: () => Promise<void>): Promise<void> {
  try {
    await retryLockConflicts(work);
  } catch (error) {
    if (!isLockConflict(error)) throw error;
    logger().warn({ err: error }, "account deletion kept hitting lock conflicts");
    throw new AppError("SERVICE_UNAVAILABLE", "Your account is busy right now and was not deleted. Please try again in a few seconds.", { retryAfterSeconds: 2 });
  }
}
