import { and, eq, lt, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { answers, interviewQuestions, interviews } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { TScoreCounting } from "@/server/contracts/vocabulary/statuses";
import type { TInterview } from "@/server/contracts/interviews";
import { overallFrom, passes, recomputeInterviewScore } from "./interview-score";
import { loadInterview } from "./load-interview";

/** Minutes of inactivity after which an in-progress interview is abandoned automatically. */
export const IDLE_ABANDON_MINUTES = 120;

/**
 * Completes an interview: the overall score is the mean of each question's counted attempt (the
 * best by default, or the latest; see interview-score.ts). Skipped and unanswered questions count 0,
 * so skipping is not a way to pass.
 *
 * One transaction that locks first and reads after (docs/performance.md, sixth session): the status
 * update takes the interview's row lock, so every score committed before it is in the reads below,
 * and a score stored after it waits for this commit and then recomputes the overall itself
 * (store-score.ts). The overall comes from those reads, as recomputeInterviewScore would compute it
 * (countedAttempt and overallFrom), without its second lock and second read. A refusal (answers
 * still pending, nothing answered) rolls the update back.
 */
export async function completeInterview(db: TDatabase, userId: string, interviewId: string) {
  const completed = await db.transaction(async (tx) => {
    // `.then` sends the update now (a Drizzle query waits to be awaited), so the read below goes out
    // after it, in the same round trip: PostgreSQL runs them in order, the read after the update.
    const updating = tx
      .update(interviews)
      .set({ status: "completed", completedAt: sql`now()`, lastActivityAt: sql`now()` })
      .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId), eq(interviews.status, "in_progress")))
      .returning()
      .then((rows) => rows);
    // Read after the update, in its transaction: the interview as completed, its questions and attempts (one statement).
    const reading = loadInterview(tx, userId, interviewId);
    reading.catch(() => undefined); // its failure is for the branch below; nothing updated is read again after the commit
    const [row] = await updating;
    if (!row) {
      // Settled before the commit, so the read (and its fallback) never runs on a finished transaction.
      await reading.catch(() => undefined);
      return null;
    }
    const interview = await reading;
    const latest = interview.questions.map((question) => question.answer);
    if (latest.some((answer) => answer && answer.status === "pending")) {
      throw new AppError("CONFLICT", "Some answers are still being scored. Try again in a moment.", { reason: "scoring_pending" });
    }
    if (latest.every((answer) => !answer)) throw new AppError("CONFLICT", "Answer at least one question before completing the interview.");
    const overallScore = overallFrom(interview.questions.map(countedTotal));
    const passed = passes(overallScore, row.level) ? "yes" : "no";
    await tx.update(interviews).set({ overallScore, passed }).where(eq(interviews.id, interviewId));
    return { ...interview, overallScore, passed: passed === "yes" };
  });
  if (completed) return completed;
  // Not in progress (or not this user's: NOT_FOUND): completed already, by another request or a race, or abandoned.
  const interview = await loadInterview(db, userId, interviewId);
  if (interview.status === "abandoned") throw new AppError("CONFLICT", "This interview was abandoned; start a new one.");
  return interview;
}

/** The total of the attempt that counts for a question (as loadInterview marked it), or null. */
function countedTotal(question: TInterview["questions"][number]): number | null {
  return question.attempts.find((attempt) => attempt.id === question.countedAnswerId)?.score?.total ?? null;
}

/** Chooses which attempt of each question counts toward this interview's overall score. */
export async function setScoreCounting(db: TDatabase, userId: string, input: { id: string; counting: TScoreCounting }) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(interviews)
      .set({ scoreCounting: input.counting })
      .where(and(eq(interviews.id, input.id), eq(interviews.userId, userId)))
      .returning({ id: interviews.id });
    if (!row) throw new AppError("NOT_FOUND", "Interview not found.");
    await recomputeInterviewScore(tx, input.id);
  });
  return loadInterview(db, userId, input.id);
}

/**
 * Abandons an in-progress interview. One with no answer yet (just started, or started by mistake)
 * is refunded: it stops counting toward the plan's quota. The refund happens at most once, because
 * an interview leaves "in_progress" only once. An abandoned one is left as it is; a completed one is a 409.
 */
export async function abandonInterview(db: TDatabase, userId: string, interviewId: string): Promise<{ refunded: boolean }> {
  return db.transaction(async (tx) => {
    const [owned] = await tx.select({ id: interviews.id }).from(interviews).where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
    if (!owned) throw new AppError("NOT_FOUND", "Interview not found.");
    // Locks in the order submits take them (question row, then interview), so the two never deadlock;
    // a submit in flight commits first, and its answer is then seen below.
    await tx.select({ id: interviewQuestions.id }).from(interviewQuestions).where(eq(interviewQuestions.interviewId, interviewId)).for("update");
    const [row] = await tx.select({ status: interviews.status }).from(interviews).where(eq(interviews.id, interviewId)).for("update");
    // A finished interview cannot be abandoned: a 204 would tell the client something changed.
    if (row?.status === "completed") throw new AppError("CONFLICT", "This interview is completed; it can no longer be abandoned.");
    // Abandoned already (a retry, another tab): nothing more to do.
    if (row?.status !== "in_progress") return { refunded: false };
    const [answered] = await tx.select({ id: answers.id }).from(answers).where(eq(answers.interviewId, interviewId)).limit(1);
    const refunded = !answered;
    await tx.update(interviews).set({ status: "abandoned", quotaRefunded: refunded }).where(eq(interviews.id, interviewId));
    return { refunded };
  });
}

/** The periodic sweep: in-progress interviews idle for 2 h are abandoned (no refund: they were used). */
export async function abandonIdleInterviews(db: TDatabase, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - IDLE_ABANDON_MINUTES * 60 * 1000);
  const rows = await db
    .update(interviews)
    .set({ status: "abandoned" })
    .where(and(eq(interviews.status, "in_progress"), lt(interviews.lastActivityAt, cutoff)))
    .returning({ id: interviews.id });
  return rows.length;
}
