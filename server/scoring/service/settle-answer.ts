import { eq, sql } from "drizzle-orm";
import type { TTransaction } from "@/db";
import { answers } from "@/db/schema";
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
