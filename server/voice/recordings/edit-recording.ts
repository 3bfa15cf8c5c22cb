/**
 * What the candidate does with a recording before submitting it: correct the transcript (kept beside
 * the engine's, delivery recomputed on the corrected words with the audio's timing), save the
 * browser's live captions as a draft, or delete it. Once submitted, it belongs to the answer: 409.
 */
import { eq } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db";
import { interviews } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { SUGGESTED_SPEAKING_SECONDS, type TRecording } from "@/server/contracts/voice";
import { AppError } from "@/server/errors";
import { recomputeDelivery } from "../delivery/recompute";
import type { TRecordingStorage } from "../storage/storage";
import { deleteAudioQuietly } from "./delete-audio";
import { notifyRecordingChanged } from "./notify";
import { ownRecordingRow, recordingDto, type TRecordingRow } from "./recording-dto";

function assertNotSubmitted(row: TRecordingRow, action: "corrected" | "changed" | "deleted"): void {
  if (row.answerId) throw new AppError("CONFLICT", `This recording was submitted with an answer; it can no longer be ${action}.`).withText("server.recordingSubmitted", { action });
}

async function updateOwn(db: TDatabase, userId: string, id: string, change: (row: TRecordingRow, tx: Parameters<Parameters<TDatabase["transaction"]>[0]>[0]) => Promise<Partial<TRecordingRow>>): Promise<TRecording> {
  return db.transaction(async (tx) => {
    const row = await ownRecordingRow(tx, userId, id, { lock: true });
    const [updated] = await tx.update(recordings).set(await change(row, tx)).where(eq(recordings.id, id)).returning();
    await notifyRecordingChanged(tx, userId, id);
    return recordingDto(updated!);
  });
}

/**
 * A correction's columns: the candidate's words kept beside the engine's, and the delivery recomputed
 * on them with the audio's timing. Refused while the engine is still transcribing. Shared with the
 * contract's PUT /answers/{id}/transcript (correct-answer-transcript.ts).
 */
export async function correctionOf(tx: TDbOrTx, row: TRecordingRow, transcript: string): Promise<Pick<TRecordingRow, "correctedTranscript" | "delivery">> {
  if (row.status === "transcribing") throw new AppError("CONFLICT", "The transcript is not ready yet; correct it once it appears.");
  const [interview] = await tx.select({ track: interviews.track }).from(interviews).where(eq(interviews.id, row.interviewId));
  const suggestedSec = interview ? SUGGESTED_SPEAKING_SECONDS[interview.track] : null;
  return { correctedTranscript: transcript, delivery: recomputeDelivery({ delivery: row.delivery, durationSec: row.durationSec }, transcript, { suggestedSec }) };
}

/** Stores the candidate's correction (the engine's transcript stays as it came). */
export function correctRecording(db: TDatabase, userId: string, id: string, transcript: string): Promise<TRecording> {
  return updateOwn(db, userId, id, async (row, tx) => {
    assertNotSubmitted(row, "corrected");
    return correctionOf(tx, row, transcript);
  });
}

/** The browser's live captions (Web Speech API), kept as a draft and shown as such. */
export function saveBrowserTranscript(db: TDatabase, userId: string, id: string, text: string): Promise<TRecording> {
  return updateOwn(db, userId, id, async (row) => {
    assertNotSubmitted(row, "changed");
    return { browserTranscript: text };
  });
}

/** Deletes an unsubmitted recording and its audio (storage after the commit; a failure leaves an orphan the sweep removes). */
export async function deleteRecording(db: TDatabase, storage: TRecordingStorage, userId: string, id: string): Promise<void> {
  const storageKey = await db.transaction(async (tx) => {
    const row = await ownRecordingRow(tx, userId, id, { lock: true });
    assertNotSubmitted(row, "deleted");
    await tx.delete(recordings).where(eq(recordings.id, id));
    return row.storageKey;
  });
  if (storageKey) await deleteAudioQuietly(storage, [storageKey]);
}
