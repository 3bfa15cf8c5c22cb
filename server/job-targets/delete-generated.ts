/**
 * The questions the model wrote for a user's jobs go with the account. They are removed after the
 * user row (whose deletion cascades their interviews, the only things that reference them).
 */
import { eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { jobGeneratedQuestions, questions } from "@/db/schema";

export async function generatedQuestionIds(db: TDbOrTx, userId: string): Promise<string[]> {
  return (await db.select({ id: jobGeneratedQuestions.questionId }).from(jobGeneratedQuestions).where(eq(jobGeneratedQuestions.userId, userId))).map((row) => row.id);
}

export async function deleteGeneratedQuestions(db: TDbOrTx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.delete(questions).where(inArray(questions.id, [...ids]));
}
