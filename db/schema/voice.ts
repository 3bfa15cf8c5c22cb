/**
 * Spoken answers. The audio itself lives in storage (server/voice/storage: a folder under DATA_DIR, or
 * S3-compatible object storage); a row keeps where it is, what the engines made of it, the candidate's
 * correction beside the original, and the delivery analysis. A recording belongs to one interview
 * question; once submitted it is tied to the answer and goes with it.
 */
import { index, jsonb, pgEnum, pgTable, real, integer, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, momentColumn } from "./columns";
import { RECORDING_STATUSES, TRANSCRIPT_ENGINES, type TDeliveryAnalysis } from "@/server/contracts/voice";
import { ANSWER_KINDS } from "@/server/contracts/vocabulary/statuses";
import { answers, questionAttemptColumns } from "./interviews";

export const recordingStatusEnum = pgEnum("recording_status", RECORDING_STATUSES);

export const recordings = pgTable(
  "recordings",
  {
    ...questionAttemptColumns(),
    questionId: uuid().notNull(),
    /** A main answer or a follow-up answer, as in answers.kind. */
    kind: text({ enum: ANSWER_KINDS }).notNull().default("answer"),
    /** Set when the answer is submitted; deleting the answer deletes the row (storage is cleaned by the app). */
    answerId: uuid().references(() => answers.id, { onDelete: "cascade" }),
    /** Key of the audio in storage; null once the audio is deleted (retention), the transcript stays. */
    storageKey: text(),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    /** Known for WAV from its header; for compressed audio after conversion, else null. */
    durationSec: real(),
    status: recordingStatusEnum().notNull().default("transcribing"),
    /** The server engine's transcript, as it came (never overwritten by a correction). */
    engine: text({ enum: TRANSCRIPT_ENGINES }),
    transcript: text(),
    /** The browser's live captions while recording (Web Speech API): a draft, shown as such. */
    browserTranscript: text(),
    /** The candidate's correction, kept beside the original; what is scored when present. */
    correctedTranscript: text(),
    /** Why transcription failed, in words a candidate can act on. */
    failureReason: text(),
    delivery: jsonb().$type<TDeliveryAnalysis>(),
    createdAt: createdAtColumn(),
    transcribedAt: momentColumn(),
    audioDeletedAt: momentColumn(),
  },
  (table) => [
    index("recordings_user_created_idx").on(table.userId, table.createdAt.desc()),
    index("recordings_answer_idx").on(table.answerId),
    index("recordings_interview_question_idx").on(table.interviewQuestionId),
  ],
);
