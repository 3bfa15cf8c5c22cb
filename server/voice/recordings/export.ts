/** The recordings section of "export my data": each recording's details and transcripts; the audio itself and its storage key stay out. */
import { desc, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { recordings } from "@/db/schema/voice";

export async function exportRecordings(db: TDbOrTx, userId: string) {
  const rows = await db.select().from(recordings).where(eq(recordings.userId, userId)).orderBy(desc(recordings.createdAt));
  return rows.map((row) => ({
    id: row.id,
    interviewId: row.interviewId,
    questionId: row.questionId,
    answerId: row.answerId,
    kind: row.kind,
    contentType: row.contentType,
    byteSize: row.byteSize,
    durationSec: row.durationSec,
    status: row.status,
    engine: row.engine,
    transcript: row.transcript,
    browserTranscript: row.browserTranscript,
    correctedTranscript: row.correctedTranscript,
    failureReason: row.failureReason,
    delivery: row.delivery,
    createdAt: row.createdAt.toISOString(),
    transcribedAt: row.transcribedAt?.toISOString() ?? null,
    audioStored: row.storageKey !== null,
    audioDeletedAt: row.audioDeletedAt?.toISOString() ?? null,
  }));
}
