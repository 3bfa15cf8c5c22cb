import { eq, sql } from "drizzle-orm";
import type { TTransaction } from "@/db";
import { answers, interviews } from "@/db/schema";
import { recomputeInterviewScore } from "@/server/interviews/interview-score";
import { notifyExpression } from "@/server/realtime/notify";

/**
 * What follows a stored score, in the same transaction, whichever path stored it (the scoring job
 * or a re-grade): the answer's status (flagged when there are review reasons), the interview's
 * overall score (a score may land after the interview was completed), and the push to the
 * candidate's page, delivered on commit to any web process.
 */
export async function settleScoredAnswer(
  tx: TTransaction,
  answer: { id: string; userId: string; interviewId: string },
  reviewReasons: string[],
): Promise<void> {
  // The push goes out with the update (one statement, not two); Postgres still delivers it on commit.
  await tx
    .update(answers)
    .set({ status: reviewReasons.length > 0 ? "flagged" : "scored", flagReasons: reviewReasons, scoredAt: sql`now()`, lastError: null })
    .where(eq(answers.id, answer.id))
    .returning({ notified: notifyExpression({ kind: "answer", answerId: answer.id, userId: answer.userId }) });
  await recomputeInterviewScore(tx, answer.interviewId);
}

/**
 * Locks the answer's interview row before a transaction changes its score or status. Every writer of
 * an interview's answers takes that lock first (a submit, the one-statement store, an account's or an
 * interview's deletion), so they queue on it; changing the score and answer first and locking the
 * interview in the recompute after deadlocked with a deletion holding the interview (40P01).
 * `answerId` stands in when the caller does not know the interview (nothing is locked if the answer is gone).
 */
export async function lockAnswerInterview(tx: TTransaction, by: { interviewId: string } | { answerId: string }): Promise<void> {
  const interviewId = "interviewId" in by ? by.interviewId : tx.select({ id: answers.interviewId }).from(answers).where(eq(answers.id, by.answerId));
  await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.id, interviewId)).for("update");
}
