import { and, desc, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, scores } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { TAnswer } from "@/server/contracts/interviews";
import { answerDto } from "./load-interview";

export async function getAnswer(db: TDbOrTx, userId: string, answerId: string): Promise<TAnswer> {
  const [row] = await db.select().from(answers).where(and(eq(answers.id, answerId), eq(answers.userId, userId)));
  if (!row) throw new AppError("NOT_FOUND", "Answer not found.");
  const [score] = await db.select().from(scores).where(eq(scores.answerId, row.id)).orderBy(desc(scores.createdAt)).limit(1);
  return answerDto(row, score);
}
