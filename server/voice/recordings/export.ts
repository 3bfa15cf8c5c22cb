/** The recordings section of "export my data": each recording's details and transcripts; the audio itself and its storage key stay out. */
import { desc, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { recordings } from "@/db/schema/voice";
import { recordingDto } from "./recording-dto";

export async function exportRecordings(db: TDbOrTx, userId: string) {
  const rows = await db.select().from(recordings).where(eq(recordings.userId, userId)).orderBy(desc(recordings.createdAt));
  return rows.map((row) => {
    // The API's view of the row, without the same-origin playback address (meaningless in a file).
    const { audioUrl: _audioUrl, ...recording } = recordingDto(row);
    return { ...recording, audioStored: row.storageKey !== null, audioDeletedAt: row.audioDeletedAt?.toISOString() ?? null };
  });
}
