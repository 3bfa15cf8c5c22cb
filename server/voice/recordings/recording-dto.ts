/** A recordings row as the API shows it to its owner (TRecording), and the answer's view of it (TAnswer.voice). */
import { and, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { recordings } from "@/db/schema/voice";
import type { TAnswerVoice, TRecording, TRecordingContentType } from "@/server/contracts/voice";
import { AppError } from "@/server/errors";
import { failureCodeOf } from "@/server/voice/job/failure-reasons";

export type TRecordingRow = typeof recordings.$inferSelect;

/** Same-origin playback address; null once the audio is gone (retention). */
export function audioUrlOf(row: Pick<TRecordingRow, "id" | "storageKey">): string | null {
  return row.storageKey ? `/api/v1/recordings/${row.id}/audio` : null;
}

export function recordingDto(row: TRecordingRow): TRecording {
  return {
    id: row.id,
    interviewId: row.interviewId,
    questionId: row.questionId,
    kind: row.kind,
    status: row.status,
    contentType: row.contentType as TRecordingContentType,
    byteSize: row.byteSize,
    durationSec: row.durationSec,
    engine: row.engine,
    transcript: row.transcript,
    browserTranscript: row.browserTranscript,
    correctedTranscript: row.correctedTranscript,
    failureReason: row.failureReason,
    failureCode: failureCodeOf(row.failureReason),
    delivery: row.delivery,
    audioUrl: audioUrlOf(row),
    answerId: row.answerId,
    createdAt: row.createdAt.toISOString(),
    transcribedAt: row.transcribedAt?.toISOString() ?? null,
  };
}

export function answerVoiceDto(row: TRecordingRow): TAnswerVoice {
  return {
    recordingId: row.id,
    engine: row.engine,
    transcript: row.transcript,
    correctedTranscript: row.correctedTranscript,
    durationSec: row.durationSec,
    delivery: row.delivery,
    audioUrl: audioUrlOf(row),
  };
}

/** The user's own recording row; another user's (or none) is NOT_FOUND. */
export async function ownRecordingRow(db: TDbOrTx, userId: string, id: string, options: { lock?: boolean } = {}): Promise<TRecordingRow> {
  const query = db.select().from(recordings).where(and(eq(recordings.id, id), eq(recordings.userId, userId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "Recording not found.");
  return row;
}

/**
 * A recording for GET /recordings/{id}/audio (where an answer's `voice.audioUrl` points): its owner's,
 * or any for an admin, as GET /answers/{id}/audio allows; anyone else: NOT_FOUND.
 */
export async function playableRecordingRow(db: TDbOrTx, viewer: { id: string; role: string }, id: string): Promise<TRecordingRow> {
  if (viewer.role !== "admin") return ownRecordingRow(db, viewer.id, id);
  const [row] = await db.select().from(recordings).where(eq(recordings.id, id));
  if (!row) throw new AppError("NOT_FOUND", "Recording not found.");
  return row;
}

export async function getRecording(db: TDbOrTx, userId: string, id: string): Promise<TRecording> {
  return recordingDto(await ownRecordingRow(db, userId, id));
}
