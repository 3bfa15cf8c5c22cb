import { and, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { interviews } from "@/db/schema";
import { AppError } from "@/server/errors";

/** Deletes an interview with its answers and scores (cascade). Another user's id is NOT_FOUND. */
export async function deleteInterview(db: TDatabase, userId: string, interviewId: string): Promise<void> {
  const deleted = await db
    .delete(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)))
    .returning({ id: interviews.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "Interview not found.");
}
