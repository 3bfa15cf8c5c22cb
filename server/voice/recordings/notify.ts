/**
 * A recording's status or transcript changed: wakes the tRPC subscription voice.onRecording and the
 * REST long-poll. Call it inside the transaction that makes the change (delivered on commit).
 */
import type { TDbOrTx } from "@/db";
import { notifyRealtime } from "@/server/realtime/notify";

export function notifyRecordingChanged(db: TDbOrTx, userId: string, recordingId: string): Promise<void> {
  return notifyRealtime(db, { kind: "recording", recordingId, userId });
}
