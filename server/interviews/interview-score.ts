/**
 * The interview's overall score and pass/fail, computed in one place. Every path that changes a
 * score (the scoring job, an admin's rescore or manual score, a dispute's outcome, completing the
 * interview, switching which attempt counts) calls `recomputeInterviewScore` inside its own
 * transaction, so the report, the history and the stats never disagree with the scores.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviewQuestions, interviews, scores } from "@/db/schema";
import type { TScoreCounting } from "@/server/contracts/vocabulary/statuses";
import type { TLevel } from "@/server/contracts/vocabulary/tracks";
import { PASS_THRESHOLDS } from "./pass-thresholds";

export interface TScoredAttempt {
  id: string;
  attempt: number;
  /** The attempt's current score, or null while pending or when scoring failed. */
  total: number | null;
}

/** The attempt that counts for one question: the highest total (earliest on a tie), or the newest scored one. */
export function countedAttempt<T extends TScoredAttempt>(attempts: readonly T[], counting: TScoreCounting): T | null {
  const scored = attempts.filter((attempt) => attempt.total !== null);
  if (scored.length === 0) return null;
  const byAttempt = [...scored].sort((a, b) => a.attempt - b.attempt);
  if (counting === "latest") return byAttempt.at(-1)!;
  return byAttempt.reduce((best, attempt) => (attempt.total! > best.total! ? attempt : best));
}

/** The mean of each question's counted total; unanswered and skipped questions count 0. */
export function overallFrom(totals: ReadonlyArray<number | null>): number {
  if (totals.length === 0) return 0;
  return Math.round(totals.reduce<number>((sum, total) => sum + (total ?? 0), 0) / totals.length);
}

export function passes(overall: number, level: TLevel): boolean {
  return overall >= PASS_THRESHOLDS[level];
}

/**
 * Recomputes a completed interview's overall score and pass/fail from its current scores. The
 * interview row is locked first, so concurrent score changes apply one after the other and the
 * last one to commit has read every earlier one. In-progress and abandoned interviews have no
 * overall score yet; they are left alone. Returns the new overall, or null when not completed.
 */
export async function recomputeInterviewScore(tx: TDbOrTx, interviewId: string): Promise<{ overallScore: number; passed: boolean } | null> {
  const [interview] = await tx
    .select({ status: interviews.status, level: interviews.level, counting: interviews.scoreCounting })
    .from(interviews)
    .where(eq(interviews.id, interviewId))
    .for("update");
  if (!interview || interview.status !== "completed") return null;
  const [items, attempts] = await Promise.all([
    tx.select({ id: interviewQuestions.id }).from(interviewQuestions).where(eq(interviewQuestions.interviewId, interviewId)),
    tx
      .selectDistinctOn([answers.id], { id: answers.id, itemId: answers.interviewQuestionId, attempt: answers.attempt, total: scores.total })
      .from(answers)
      .leftJoin(scores, eq(scores.answerId, answers.id))
      .where(and(eq(answers.interviewId, interviewId), eq(answers.kind, "answer")))
      .orderBy(answers.id, desc(scores.createdAt)),
  ]);
  const totals = items.map((item) => countedAttempt(attempts.filter((attempt) => attempt.itemId === item.id), interview.counting)?.total ?? null);
  const overallScore = overallFrom(totals);
  const passed = passes(overallScore, interview.level);
  await tx
    .update(interviews)
    .set({ overallScore, passed: passed ? "yes" : "no" })
    .where(and(eq(interviews.id, interviewId), sql`${interviews.status} = 'completed'`));
  return { overallScore, passed };
}
