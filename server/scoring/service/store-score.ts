/**
 * Stores a scorer's result for an answer: the score row, the answer's status with the push to the
 * candidate's page, and the interview's overall score when the interview is already completed.
 *
 * The common case (a score that needs no re-grade, for an interview still in progress) is one
 * statement, committed on its own: no BEGIN/COMMIT and three round trips fewer per scored answer,
 * the worker's largest cost (docs/performance.md, sixth session). That statement locks the interview
 * row as recomputeInterviewScore does, so a completion running at the same time either commits first
 * (this statement then sees "completed" and recomputes the overall below) or waits for this score
 * and reads it. The recompute after a completed interview runs in its own transaction; if the worker
 * dies between the two, the job is retried and the retry recomputes (score-stored-answer.ts).
 */
import type { TDatabase } from "@/db";
import { scores } from "@/db/schema";
import { enqueueJob } from "@/server/jobs/queue";
import { REGRADE_FIRST_DELAY_SECONDS } from "@/server/jobs/queue-registry";
import { recomputeInterviewScore } from "@/server/interviews/interview-score";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { encodeEvent } from "@/server/realtime/events";
import { reviewReasons } from "./review-reasons";
import { lockAnswerInterview, settleScoredAnswer } from "./settle-answer";
import { scoreRowValues } from "./score-row";
import { runStoreScoreStatement } from "./store-score-statement";

export type TStoredAnswer = { id: string; userId: string; interviewId: string; track: TTrack };
export type TStoreOptions = { fallbackReason?: string; provisional?: boolean; extraReasons?: string[] };

/** Returns whether this call stored the score (false: one was stored already). */
export async function storeScore(db: TDatabase, answer: TStoredAnswer, score: TScore, options: TStoreOptions = {}): Promise<boolean> {
  const provisional = options.provisional ?? false;
  const values = { ...scoreRowValues(answer.id, answer.track, score), provisional, fallbackReason: options.fallbackReason ?? null };
  const reasons = reviewReasons(score.flags, { provisional, extra: options.extraReasons });
  // A provisional score enqueues its re-grade in the same transaction: the transaction path.
  if (provisional) return storeInTransaction(db, answer, values, reasons);

  // One statement, prepared once (store-score-statement.ts): the interview's lock, the score, the answer's status with its push.
  const row = await runStoreScoreStatement(db, values, {
    interviewId: answer.interviewId,
    answerId: answer.id,
    status: reasons.length > 0 ? "flagged" : "scored",
    flagReasons: reasons,
    notifyPayload: encodeEvent({ kind: "answer", answerId: answer.id, userId: answer.userId }),
  });
  const stored = (row?.stored ?? 0) > 0;
  // A score landing after the interview was completed changes its overall score (recompute locks and re-reads).
  if (stored && row?.interview_status === "completed") await db.transaction((tx) => recomputeInterviewScore(tx, answer.interviewId));
  return stored;
}

async function storeInTransaction(db: TDatabase, answer: TStoredAnswer, values: typeof scores.$inferInsert, reasons: string[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockAnswerInterview(tx, { interviewId: answer.interviewId });
    const inserted = await tx.insert(scores).values(values).onConflictDoNothing({ target: [scores.answerId, scores.rubricVersion] }).returning({ id: scores.id });
    if (inserted.length === 0) return false;
    // Only if this score commits: the AI grade replaces it once the provider answers again.
    await enqueueJob("regrade-answer", { answerId: answer.id }, { tx, startAfterSeconds: REGRADE_FIRST_DELAY_SECONDS });
    await settleScoredAnswer(tx, answer, reasons);
    return true;
  });
}
