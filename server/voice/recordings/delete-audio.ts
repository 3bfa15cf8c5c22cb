/**
 * Recordings' audio goes with what owns it: an unsubmitted recording, its interview, the account.
 * Storage is cleaned after the database commit and never blocks the deletion: an object whose delete
 * fails stays as an orphan, which the daily sweep (retention.ts) removes.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { recordings } from "@/db/schema/voice";
import { logger } from "@/server/logger";
import { RECORDINGS_PREFIX } from "../storage/keys";
import type { TRecordingStorage } from "../storage/storage";

/** The storage keys of a user's recordings (of one interview, when given): read before the rows go. */
export async function audioKeysOf(db: TDbOrTx, filter: { userId: string; interviewId?: string }): Promise<string[]> {
  const rows = await db
    .select({ key: recordings.storageKey })
    .from(recordings)
    .where(and(eq(recordings.userId, filter.userId), isNotNull(recordings.storageKey), filter.interviewId ? eq(recordings.interviewId, filter.interviewId) : undefined));
  return rows.map((row) => row.key!);
}

/** Deletes objects after their rows are gone; never throws. */
export async function deleteAudioQuietly(storage: TRecordingStorage, keys: string[]): Promise<number> {
  let failed = 0;
  for (const key of keys) {
    await storage.delete(key).catch((error: unknown) => {
      failed += 1;
      logger().warn({ err: error }, "could not delete a recording's audio; the orphan sweep will");
    });
  }
  return failed;
}

/** Every object under the user's prefix (their rows are already gone with the account). Never throws. */
export async function deleteUserAudio(storage: TRecordingStorage, userId: string): Promise<void> {
  const keys: string[] = [];
  try {
    for await (const object of storage.list(`${RECORDINGS_PREFIX}${userId}/`)) keys.push(object.key);
  } catch (error) {
    logger().warn({ err: error }, "could not list a deleted account's recordings; the orphan sweep will remove them");
  }
  await deleteAudioQuietly(storage, keys);
}
