/**
 * PUT /answers/{id}/transcript (api-v1.md): the candidate's correction of a spoken answer's
 * transcript, scored. The correction is stored on the recording as correctedTranscript (the engine's
 * transcript kept), with the delivery recomputed on it, exactly as a recording's correction
 * (edit-recording.ts correctionOf: same limits, refused while still transcribing).
 *
 * What is scored depends on whether the answer already has a scoring job:
 * - failed and never scored (the transcription failed, or scoring failed without any score): the
 *   answer itself takes the correction as its text, goes back to pending and gets its score-answer
 *   job (keyed by its id), while the interview is in progress (409 once abandoned or completed).
 *   No score existed, so none is lost; the earlier job, if any, has ended.
 * - pending with its transcript (being scored), scored or flagged: a score is unique per answer and
 *   rubric version, so re-scoring in place would have to delete it. As a typed resubmit does, the
 *   correction becomes a NEW attempt (same question, same prompt, same kind), under the same attempt
 *   cap and only while the interview is in progress; the recording moves to it. The earlier attempt
 *   keeps its text (the engine's transcript) and its score in the history. One job per answer.
 * The response names the answer that is scored from the correction (a new id in the second case).
 */
import { randomUUID } from "node:crypto";
import { and, eq, max } from "drizzle-orm";
import type { TDatabase, TTransaction } from "@/db";
import { answers, interviewQuestions, interviews, scores, users } from "@/db/schema";
import { recordings } from "@/db/schema/voice";
import { AppError } from "@/server/errors";
import { interviewClosedError } from "@/server/interview-closed";
import { answerTextHash, assertAttemptLeft } from "@/server/answer-attempts";
import { enqueueJob } from "@/server/jobs/queue";
import { notifyAnswerChanged } from "@/server/realtime/notify";
import { correctionOf } from "./edit-recording";
import { notifyRecordingChanged } from "./notify";

type TAnswerRow = typeof answers.$inferSelect;

/**
 * The owner's answer and its recording, both locked; the recording first, in the order the
 * transcription job's final write takes them (recording, then its answer), so the two cannot
 * deadlock: a correction made while the job stores waits for it, then sees the recording's status.
 * Another user's answer or none: 404; a typed answer: 409.
 */
async function lockAnswerAndRecording(tx: TTransaction, userId: string, answerId: string) {
  const [recording] = await tx
    .select()
    .from(recordings)
    .where(and(eq(recordings.answerId, answerId), eq(recordings.userId, userId)))
    .for("update");
  const [answer] = await tx
    .select()
    .from(answers)
    .where(and(eq(answers.id, answerId), eq(answers.userId, userId)))
    .for("update");
  if (!answer) throw new AppError("NOT_FOUND", "Answer not found.");
  if (!recording) {
    throw new AppError("CONFLICT", "This answer has no recording (a typed answer, or one whose corrected transcript was scored as a later attempt); submit a new answer instead.");
  }
  return { answer, recording };
}

async function hasScore(tx: TTransaction, answerId: string): Promise<boolean> {
  const [row] = await tx.select({ id: scores.id }).from(scores).where(eq(scores.answerId, answerId)).limit(1);
  return row !== undefined;
}

/**
 * Either way the correction is a scoring job, so only while the interview takes answers, as a typed
 * submit: an abandoned interview's failed answer scored in place would be a paid scoring call outside
 * any interview of the quota, a completed one's would move its overall score after the result.
 */
async function assertInterviewOpen(tx: TTransaction, interviewId: string): Promise<void> {
  const [interview] = await tx.select({ status: interviews.status }).from(interviews).where(eq(interviews.id, interviewId));
  if (interview?.status !== "in_progress") throw interviewClosedError(interview?.status ?? "deleted");
}

/** The correction as a new attempt of the same question and kind (the interview question row locked first, as a submit does). */
async function newAttempt(tx: TTransaction, answer: TAnswerRow, text: string): Promise<string> {
  await tx.select({ id: interviewQuestions.id }).from(interviewQuestions).where(eq(interviewQuestions.id, answer.interviewQuestionId)).for("update");
  await assertInterviewOpen(tx, answer.interviewId);
  const [latest] = await tx
    .select({ attempt: max(answers.attempt) })
    .from(answers)
    .where(and(eq(answers.interviewQuestionId, answer.interviewQuestionId), eq(answers.kind, answer.kind)));
  const version = latest?.attempt ?? 0;
  assertAttemptLeft(version);
  const id = randomUUID();
  const { interviewId, interviewQuestionId, questionId, kind, prompt, userId } = answer;
  await tx.insert(answers).values({ id, userId, interviewId, interviewQuestionId, questionId, kind, prompt, attempt: version + 1, text, textHash: answerTextHash(text), status: "pending" });
  await tx.update(interviews).set({ lastActivityAt: new Date() }).where(eq(interviews.id, interviewId));
  await tx.update(users).set({ lastActiveAt: new Date() }).where(eq(users.id, userId));
  return id;
}

/** Stores the correction and queues its scoring; returns the id of the answer scored from it. */
export async function correctAnswerTranscript(db: TDatabase, userId: string, answerId: string, transcript: string): Promise<string> {
  return db.transaction(async (tx) => {
    const { answer, recording } = await lockAnswerAndRecording(tx, userId, answerId);
    const correction = await correctionOf(tx, recording, transcript);
    const inPlace = answer.status === "failed" && !(await hasScore(tx, answer.id));
    if (inPlace) await assertInterviewOpen(tx, answer.interviewId);
    const scoredId = inPlace ? answer.id : await newAttempt(tx, answer, transcript);
    if (inPlace) {
      await tx.update(answers).set({ text: transcript, textHash: answerTextHash(transcript), status: "pending", lastError: null, flagReasons: [] }).where(eq(answers.id, answer.id));
    }
    await tx.update(recordings).set({ ...correction, answerId: scoredId }).where(eq(recordings.id, recording.id));
    await enqueueJob("score-answer", { answerId: scoredId, userId }, { tx, singletonKey: scoredId });
    await notifyRecordingChanged(tx, userId, recording.id);
    // The earlier attempt changed too when the recording left it (its voice fields are now null).
    await notifyAnswerChanged(tx, { id: answer.id, userId });
    if (scoredId !== answer.id) await notifyAnswerChanged(tx, { id: scoredId, userId });
    return scoredId;
  });
}
