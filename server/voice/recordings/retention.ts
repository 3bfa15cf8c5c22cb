/**
 * Daily voice housekeeping (the voice-retention job):
 * - audio older than VOICE_RETENTION_DAYS is deleted; the row keeps its transcripts and delivery
 *   and gets audioDeletedAt (0 days keeps audio until its answer or account goes);
 * - the orphan sweep deletes stored objects no row refers to (a storage delete that failed after
 *   its row went). Objects younger than an hour are left alone: an upload is stored before its row.
 */
import { and, inArray, isNotNull, lt } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { inTransaction } from "@/db/in-transaction";
import { recordings } from "@/db/schema/voice";
import { RECORDINGS_PREFIX } from "../storage/keys";
import type { TListedObject, TRecordingStorage } from "../storage/storage";
import { deleteAudioQuietly } from "./delete-audio";

const BATCH = 500;
export const ORPHAN_GRACE_MS = 3_600_000;

/** Deletes audio past the retention period; the rows first, so a failed storage delete is only an orphan. */
export async function expireOldAudio(db: TDbOrTx, storage: TRecordingStorage, retentionDays: number, now = new Date()): Promise<{ expired: number }> {
  if (retentionDays <= 0) return { expired: 0 };
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let expired = 0;
  for (;;) {
    const keys = await inTransaction(db, async (tx) => {
      const rows = await tx
        .select({ id: recordings.id, key: recordings.storageKey })
        .from(recordings)
        .where(and(isNotNull(recordings.storageKey), lt(recordings.createdAt, cutoff)))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      if (rows.length > 0) await tx.update(recordings).set({ storageKey: null, audioDeletedAt: now }).where(inArray(recordings.id, rows.map((row) => row.id)));
      return rows.map((row) => row.key!);
    });
    await deleteAudioQuietly(storage, keys);
    expired += keys.length;
    if (keys.length < BATCH) return { expired };
  }
}

async function deleteUnreferenced(db: TDbOrTx, storage: TRecordingStorage, batch: TListedObject[]): Promise<number> {
  if (batch.length === 0) return 0;
  const referenced = await db.select({ key: recordings.storageKey }).from(recordings).where(inArray(recordings.storageKey, batch.map((object) => object.key)));
  const known = new Set(referenced.map((row) => row.key));
  const orphans = batch.filter((object) => !known.has(object.key)).map((object) => object.key);
  const failed = await deleteAudioQuietly(storage, orphans);
  return orphans.length - failed;
}

/** Deletes stored recordings that no row refers to and that are older than the grace period. */
export async function sweepOrphanAudio(db: TDbOrTx, storage: TRecordingStorage, now = new Date()): Promise<{ deleted: number }> {
  let deleted = 0;
  let batch: TListedObject[] = [];
  for await (const object of storage.list(RECORDINGS_PREFIX)) {
    if (now.getTime() - object.lastModified.getTime() < ORPHAN_GRACE_MS) continue;
    batch.push(object);
    if (batch.length === BATCH) {
      deleted += await deleteUnreferenced(db, storage, batch);
      batch = [];
    }
  }
  deleted += await deleteUnreferenced(db, storage, batch);
  return { deleted };
}
