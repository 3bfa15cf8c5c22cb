/**
 * The REST contract's spoken answer (POST /interviews/{id}/recordings, api-v1.md): one upload is one
 * answer. The answer is written with the recording, in the upload's transaction (so the 202 can name
 * it), as a new attempt under the same cap as a typed submit, "pending" with no text and no scoring
 * job yet; the recording is linked to it at once. The stored statuses stay pending|scored|flagged|
 * failed: "transcribing" is only what the 202 says.
 *
 * When the transcription job settles the recording (transcribe-recording.ts, in the transaction of
 * its status update) the answer is settled too: transcribed → its text is the transcript and the
 * same score-answer job a typed submit queues is queued (one job per answer, keyed by its id);
 * failed → the answer is failed with the job's reason (the candidate can PUT a transcript).
 * Only such answers are touched there: the web app's path links a recording only once it has left
 * "transcribing" (checkRecordingForSubmit), so a linked recording still transcribing is always one of these.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { TDbOrTx, TTransaction } from "@/db";
import { answers, interviewQuestions, interviews, questions, users } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { firstCodePoints, MAX_ANSWER_CHARS } from "@/server/contracts/vocabulary/score";
import { AppError } from "@/server/errors";
import { answerTextHash, assertAttemptLeft } from "@/server/answer-attempts";
import { enqueueJob } from "@/server/jobs/queue";
import { localizeOne } from "@/server/questions/translations";
import { notifyAnswerChanged } from "@/server/realtime/notify";
import type { TRecordingRow } from "./recording-dto";

/**
 * The answer of a just-inserted recording (its interview question is locked by the upload's
 * transaction, the interview checked in progress there). Returns the answer's id.
 */
export async function createAnswerForRecording(tx: TTransaction, recording: TRecordingRow): Promise<string> {
  const [context] = await tx
    .select({
      text: questions.text,
      language: interviews.language,
      latest: sql<number>`(select coalesce(max(${answers.attempt}), 0) from ${answers} where ${answers.interviewQuestionId} = ${recording.interviewQuestionId} and ${answers.kind} = ${recording.kind})`.mapWith(Number),
    })
    .from(interviewQuestions)
    .innerJoin(interviews, eq(interviews.id, interviewQuestions.interviewId))
    .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
    .where(eq(interviewQuestions.id, recording.interviewQuestionId));
  if (!context) throw new AppError("NOT_FOUND", "Interview or question not found.");
  assertAttemptLeft(context.latest);
  const prompt = (await localizeOne(tx, recording.questionId, { text: context.text }, context.language)).text;
  const id = randomUUID();
  await tx.insert(answers).values({
    id,
    userId: recording.userId,
    interviewId: recording.interviewId,
    interviewQuestionId: recording.interviewQuestionId,
    questionId: recording.questionId,
    kind: recording.kind,
    prompt,
    attempt: context.latest + 1,
    text: "",
    textHash: answerTextHash(""),
    status: "pending",
  });
  await tx.update(recordings).set({ answerId: id }).where(eq(recordings.id, recording.id));
  // As a typed submit: the question is answered (its draft cleared), the interview and the account active.
  await tx.update(interviewQuestions).set({ status: "answered", draft: "", draftCode: null }).where(eq(interviewQuestions.id, recording.interviewQuestionId));
  await tx.update(interviews).set({ lastActivityAt: new Date() }).where(eq(interviews.id, recording.interviewId));
  await tx.update(users).set({ lastActiveAt: new Date() }).where(eq(users.id, recording.userId));
  return id;
}

export type TTranscriptionSettled = { status: "transcribed"; transcript: string } | { status: "failed"; failureReason: string };

/** Called once the recording left "transcribing", in that update's transaction. */
export async function settleAnswerOfRecording(tx: TTransaction, answer: { id: string; userId: string }, outcome: TTranscriptionSettled): Promise<void> {
  const pendingAnswer = and(eq(answers.id, answer.id), eq(answers.status, "pending"));
  if (outcome.status === "transcribed") {
    const text = firstCodePoints(outcome.transcript, MAX_ANSWER_CHARS);
    const updated = await tx.update(answers).set({ text, textHash: answerTextHash(text) }).where(pendingAnswer).returning({ id: answers.id });
    if (updated.length > 0) await enqueueJob("score-answer", { answerId: answer.id, userId: answer.userId }, { tx, singletonKey: answer.id });
  } else {
    await tx.update(answers).set({ status: "failed", lastError: `transcription failed: ${outcome.failureReason}` }).where(pendingAnswer);
  }
  await notifyAnswerChanged(tx, answer);
}

/**
 * The recording of an answer, for GET /answers/{id}/audio: its owner's, or any for an admin (as the
 * review queue shows answers); anyone else, a typed answer or no answer: NOT_FOUND.
 */
export async function answerRecordingForPlayback(db: TDbOrTx, viewer: { id: string; role: string }, answerId: string): Promise<TRecordingRow> {
  const owner = viewer.role === "admin" ? undefined : eq(recordings.userId, viewer.id);
  const [row] = await db.select().from(recordings).where(and(eq(recordings.answerId, answerId), owner));
  if (!row) throw new AppError("NOT_FOUND", "No recording for this answer.");
  return row;
}
