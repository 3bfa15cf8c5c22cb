import { and, eq, lt, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { interviews } from "@/db/schema";
import { AppError } from "@/server/errors";
import { loadInterview } from "./load-interview";
import { PASS_THRESHOLDS } from "./pass-thresholds";

/** Minutes of inactivity after which an in-progress interview is abandoned automatically. */
export const IDLE_ABANDON_MINUTES = 120;

/**
 * Completes an interview: the overall score is the mean of each answered question's latest
 * scored attempt (skipped and unanswered questions count 0, so skipping is not a way to pass).
 */
export async function completeInterview(db: TDatabase, userId: string, interviewId: string) {
  const interview = await loadInterview(db, userId, interviewId);
  if (interview.status === "completed") return interview;
  if (interview.status === "abandoned") throw new AppError("CONFLICT", "This interview was abandoned; start a new one.");
  const latest = interview.questions.map((question) => question.answer);
  if (latest.some((answer) => answer && answer.status === "pending")) {
    throw new AppError("CONFLICT", "Some answers are still being scored. Try again in a moment.", { reason: "scoring_pending" });
  }
  if (latest.every((answer) => !answer)) throw new AppError("CONFLICT", "Answer at least one question before completing the interview.");
  const totals = latest.map((answer) => answer?.score?.total ?? 0);
  const overall = Math.round(totals.reduce((sum, total) => sum + total, 0) / totals.length);
  const passed = overall >= PASS_THRESHOLDS[interview.level];
  await db
    .update(interviews)
    .set({ status: "completed", completedAt: sql`now()`, overallScore: overall, passed: passed ? "yes" : "no", lastActivityAt: sql`now()` })
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId), eq(interviews.status, "in_progress")));
  return loadInterview(db, userId, interviewId);
}

export async function abandonInterview(db: TDatabase, userId: string, interviewId: string): Promise<void> {
  const [row] = await db
    .update(interviews)
    .set({ status: "abandoned" })
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId), eq(interviews.status, "in_progress")))
    .returning({ id: interviews.id });
  if (!row) await loadInterview(db, userId, interviewId); // NOT_FOUND for another user's id; no-op otherwise
}

/** The periodic sweep: in-progress interviews idle for 2 h are abandoned. */
export async function abandonIdleInterviews(db: TDatabase, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - IDLE_ABANDON_MINUTES * 60 * 1000);
  const rows = await db
    .update(interviews)
    .set({ status: "abandoned" })
    .where(and(eq(interviews.status, "in_progress"), lt(interviews.lastActivityAt, cutoff)))
    .returning({ id: interviews.id });
  return rows.length;
}
