import { and, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { interviews } from "@/db/schema";
import { keepDeletedStart } from "@/server/billing/quota";
import { AppError } from "@/server/errors";
import { audioKeysOf, deleteAudioQuietly } from "@/server/voice/recordings/delete-audio";
import { recordingStorage } from "@/server/voice/storage";

/**
 * Deletes an interview with its answers, scores and recordings (cascade), then the recordings' audio
 * (after the commit; a failed storage delete leaves an orphan the daily sweep removes). Another user's id is NOT_FOUND.
 * Its start still counts toward the plan's quota (billing/quota.ts keepDeletedStart).
 */
export async function deleteInterview(db: TDatabase, userId: string, interviewId: string): Promise<void> {
  const audio = await audioKeysOf(db, { userId, interviewId });
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(interviews)
      .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)))
      .returning({ userId: interviews.userId, startedAt: interviews.startedAt, quotaRefunded: interviews.quotaRefunded });
    if (!deleted) throw new AppError("NOT_FOUND", "Interview not found.");
    // Deleting must not give the interview's place in the plan's quota back.
    await keepDeletedStart(tx, deleted);
  });
  if (audio.length > 0) await deleteAudioQuietly(recordingStorage(), audio);
}
