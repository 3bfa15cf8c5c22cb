import { and, eq, sql } from "drizzle-orm";
import type { TTransaction } from "@/db";
import { interviewQuestions, interviews, questions } from "@/db/schema";
import type { TInterviewStatus } from "@/server/contracts/vocabulary/statuses";
import { AppError } from "@/server/errors";
import { interviewClosedError } from "@/server/interview-closed";
import { preparedOn } from "./prepared-in-transaction";

/**
 * The interview question a candidate is acting on, locked for the rest of the transaction so
 * concurrent submits and draft saves on it queue up. Another user's interview is NOT_FOUND.
 * The joined interview may be the version from before a change that committed while this waited
 * for the lock: callers read its status again in a later statement (assertTakesAnswers).
 */
function lockItemQuery(tx: TTransaction) {
  return tx
    .select({ item: interviewQuestions, interview: interviews, question: questions })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
    .where(
      and(
        eq(interviewQuestions.interviewId, sql.placeholder("interviewId")),
        eq(interviewQuestions.questionId, sql.placeholder("questionId")),
        eq(interviews.userId, sql.placeholder("userId")),
      ),
    )
    .for("update", { of: interviewQuestions })
    .prepare("lock_interview_item");
}

// Built on the first transaction, then run on each one's connection (preparedOn): no SQL built per submit.
let lockItem: ReturnType<typeof lockItemQuery> | undefined;

export async function lockInterviewItemRow(tx: TTransaction, input: { userId: string; interviewId: string; questionId: string }) {
  lockItem ??= lockItemQuery(tx);
  const [row] = await preparedOn(lockItem, tx).execute({ interviewId: input.interviewId, questionId: input.questionId, userId: input.userId });
  if (!row) throw new AppError("NOT_FOUND", "Interview or question not found.");
  return row;
}

/** Refuses an action on an interview that is no longer in progress (its status read after the lock). */
export function assertTakesAnswers(status: TInterviewStatus): void {
  if (status !== "in_progress") throw interviewClosedError(status);
}

/** lockInterviewItemRow, then the interview's status read again now that the lock is held. */
export async function lockInterviewItem(tx: TTransaction, input: { userId: string; interviewId: string; questionId: string }) {
  const row = await lockInterviewItemRow(tx, input);
  // If we waited for an abandon that held this row, the joined interview above may be stale.
  const [fresh] = await tx.select({ status: interviews.status }).from(interviews).where(eq(interviews.id, input.interviewId));
  const status = fresh?.status ?? row.interview.status;
  assertTakesAnswers(status);
  return { ...row, interview: { ...row.interview, status } };
}
