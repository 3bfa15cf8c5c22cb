import { and, count, countDistinct, eq, inArray, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { inJobTarget } from "./job-filter";
import { addDays, utcDay } from "./utc-day";

export interface TStats {
  totalInterviews: number;
  completedInterviews: number;
  /** Mean overall score of completed interviews, one decimal; null before the first one. */
  averageScore: number | null;
  bestScore: number | null;
  /** Interview questions with at least one submitted answer (retries of one question count once). */
  questionsAnswered: number;
  memberSince: string;
  /** Consecutive UTC days, ending today or yesterday, with at least one scored answer. */
  currentStreak: number;
  /** The last UTC day with a scored answer ("YYYY-MM-DD"). */
  lastPracticedOn: string | null;
}

/**
 * The streak survives until the end of the day after the last practice: practising yesterday but
 * not yet today still counts, so the number does not drop to 0 every morning.
 */
export function currentStreak(practiceDays: Iterable<string>, today: string): number {
  const days = new Set(practiceDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

const scoredDay = sql<string>`to_char(${answers.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;

/**
 * "Has a score", read from the answer itself: the scorer sets scored/flagged in the same
 * transaction that inserts the score, so this needs no probe into scores per answer.
 */
export const hasScore = inArray(answers.status, ["scored", "flagged"]);

/** Distinct UTC days with a scored answer, newest first. */
export async function practiceDays(db: TDbOrTx, userId: string, jobTargetId?: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ day: scoredDay })
    .from(answers)
    .where(and(eq(answers.userId, userId), hasScore, inJobTarget(answers.interviewId, jobTargetId)))
    .orderBy(sql`1 desc`);
  return rows.map((row) => row.day);
}

/** With a job target (already checked to be the user's): only the interviews practised for it. */
export async function getStats(db: TDbOrTx, userId: string, now = new Date(), jobTargetId?: string): Promise<TStats> {
  const [[user], [interviewTotals], [answerTotals], days] = await Promise.all([
    db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, userId)),
    db
      .select({
        total: count(),
        completed: sql<number>`count(*) filter (where ${interviews.status} = 'completed')`.mapWith(Number),
        average: sql<string | null>`avg(${interviews.overallScore}) filter (where ${interviews.status} = 'completed')`,
        best: sql<number | null>`max(${interviews.overallScore}) filter (where ${interviews.status} = 'completed')`,
      })
      .from(interviews)
      .where(and(eq(interviews.userId, userId), inJobTarget(interviews.id, jobTargetId))),
    db
      .select({ questions: countDistinct(answers.interviewQuestionId) })
      .from(answers)
      .where(and(eq(answers.userId, userId), eq(answers.kind, "answer"), inJobTarget(answers.interviewId, jobTargetId))),
    practiceDays(db, userId, jobTargetId),
  ]);
  if (!user) throw new AppError("NOT_FOUND", "User not found.");
  const average = interviewTotals?.average === null || interviewTotals?.average === undefined ? null : Number(interviewTotals.average);
  return {
    totalInterviews: interviewTotals?.total ?? 0,
    completedInterviews: interviewTotals?.completed ?? 0,
    averageScore: average === null ? null : Math.round(average * 10) / 10,
    bestScore: interviewTotals?.best ?? null,
    questionsAnswered: answerTotals?.questions ?? 0,
    memberSince: user.createdAt.toISOString(),
    currentStreak: currentStreak(days, utcDay(now)),
    lastPracticedOn: days[0] ?? null,
  };
}
