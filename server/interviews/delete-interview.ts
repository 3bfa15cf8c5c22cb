import { and, eq } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { interviews } from "@/db/schema";
import { AppError } from "@/server/errors";
import { audioKeysOf, deleteAudioQuietly } from "@/server/voice/recordings/delete-audio";
import { recordingStorage } from "@/server/voice/storage";

/**
 * Deletes an interview with its answers, scores and recordings (cascade), then the recordings' audio
 * (after the commit; a failed storage delete leaves an orphan the daily sweep removes). Another user's id is NOT_FOUND.
 */
export async function deleteInterview(db: TDatabase, userId: string, interviewId: string): Promise<void> {
  const audio = await audioKeysOf(db, { userId, interviewId });
  const deleted = await db
    .delete(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)))
    .returning({ id: interviews.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "Interview not found.");
  if (audio.length > 0) await deleteAudioQuietly(recordingStorage(), audio);
}
