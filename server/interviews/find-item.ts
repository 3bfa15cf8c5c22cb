import { and, eq } from "drizzle-orm";
import type { TTransaction } from "@/db";
import { interviewQuestions, interviews, questions } from "@/db/schema";
import { AppError } from "@/server/errors";

/**
 * The interview question a candidate is acting on, locked for the rest of the transaction so
 * concurrent submits and draft saves on it queue up. Another user's interview is NOT_FOUND.
 */
export async function lockInterviewItem(tx: TTransaction, input: { userId: string; interviewId: string; questionId: string }) {
  const [row] = await tx
    .select({ item: interviewQuestions, interview: interviews, question: questions })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
    .where(
      and(
        eq(interviewQuestions.interviewId, input.interviewId),
        eq(interviewQuestions.questionId, input.questionId),
        eq(interviews.userId, input.userId),
      ),
    )
    .for("update", { of: interviewQuestions });
  if (!row) throw new AppError("NOT_FOUND", "Interview or question not found.");
  // Read the status again now that the lock is held: if we waited for an abandon that held this row,
  // the joined interview above may be the version from before it committed.
  const [fresh] = await tx.select({ status: interviews.status }).from(interviews).where(eq(interviews.id, input.interviewId));
  const status = fresh?.status ?? row.interview.status;
  if (status !== "in_progress") {
    throw new AppError("CONFLICT", `This interview is ${status.replace("_", " ")}; it no longer takes answers.`);
  }
  return { ...row, interview: { ...row.interview, status } };
}
