/**
 * A spoken answer's submit: the recording named by `recordingId` must be the candidate's own, for
 * this interview question and kind, unused, and done transcribing (transcribed, or failed and typed
 * by hand). It is linked to the answer in the submit's own transaction, so both land or neither.
 */
import { eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { recordings } from "@/db/schema/voice";
import type { TAnswerKind } from "@/server/contracts/vocabulary/statuses";
import { AppError } from "@/server/errors";
import { notifyRecordingChanged } from "./notify";
import { ownRecordingRow } from "./recording-dto";

export interface TRecordingClaim {
  userId: string;
  recordingId: string;
  interviewQuestionId: string;
  kind: TAnswerKind;
}

/** Checks the recording can be submitted with this answer (locked until the transaction ends). */
export async function checkRecordingForSubmit(tx: TDbOrTx, claim: TRecordingClaim): Promise<void> {
  const row = await ownRecordingRow(tx, claim.userId, claim.recordingId, { lock: true });
  if (row.interviewQuestionId !== claim.interviewQuestionId) {
    throw new AppError("VALIDATION_ERROR", "This recording was made for another question; record this one again.", { fields: { recordingId: "belongs to another question" } });
  }
  if (row.kind !== claim.kind) {
    throw new AppError("VALIDATION_ERROR", `This recording was made for the ${row.kind.replace("_", "-")} answer, not this one.`, { fields: { recordingId: "made for another kind of answer" } }).withText(
      "server.recordingOtherKind",
      { kind: row.kind },
    );
  }
  if (row.answerId) throw new AppError("CONFLICT", "This recording was already submitted with an answer; record a new one for another attempt.");
  if (row.status === "transcribing") throw new AppError("CONFLICT", "The recording is still being transcribed; submit once its transcript appears.");
}

export async function linkRecordingToAnswer(tx: TDbOrTx, userId: string, recordingId: string, answerId: string): Promise<void> {
  await tx.update(recordings).set({ answerId }).where(eq(recordings.id, recordingId));
  await notifyRecordingChanged(tx, userId, recordingId);
}
