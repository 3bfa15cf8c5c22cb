import { and, eq, inArray, sql, type Placeholder } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { isTransaction } from "@/db/in-transaction";
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

/**
 * Everything the stats say, in one statement: the account's row with the interview totals, the
 * answered questions and the practice days as subqueries (four statements on four pool connections
 * before, docs/performance.md, seventh session). `userId` is a placeholder in the prepared shape.
 */
function statsQuery(db: TDbOrTx, userId: string | Placeholder, jobTargetId: string | undefined) {
  const completed = sql`${interviews.status} = 'completed'`;
  const totals = db
    .select({
      total: sql<number>`count(*)`.mapWith(Number).as("total"),
      completed: sql<number>`count(*) filter (where ${completed})`.mapWith(Number).as("completed"),
      average: sql<string | null>`avg(${interviews.overallScore}) filter (where ${completed})`.as("average"),
      best: sql<number | null>`max(${interviews.overallScore}) filter (where ${completed})`.as("best"),
    })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), inJobTarget(interviews.id, jobTargetId)))
    .as("totals");
  const answered = db
    .select({ questions: sql<number>`count(distinct ${answers.interviewQuestionId})`.mapWith(Number).as("questions") })
    .from(answers)
    .where(and(eq(answers.userId, userId), eq(answers.kind, "answer"), inJobTarget(answers.interviewId, jobTargetId)))
    .as("answered");
  const days = db
    .select({ days: sql<string[]>`coalesce(array_agg(distinct ${scoredDay} order by ${scoredDay} desc), '{}')`.as("days") })
    .from(answers)
    .where(and(eq(answers.userId, userId), hasScore, inJobTarget(answers.interviewId, jobTargetId)))
    .as("practice_days");
  return db
    .select({ createdAt: users.createdAt, total: totals.total, completed: totals.completed, average: totals.average, best: totals.best, questions: answered.questions, days: days.days })
    .from(users)
    .crossJoin(totals)
    .crossJoin(answered)
    .crossJoin(days)
    .where(eq(users.id, userId));
}

type TStatsQuery = ReturnType<ReturnType<typeof statsQuery>["prepare"]>;
const preparedStats = new WeakMap<TDbOrTx, TStatsQuery>();

/** The common shape (no job target) is prepared once per database handle; a job target's is built. */
function readStats(db: TDbOrTx, userId: string, jobTargetId: string | undefined) {
  if (jobTargetId !== undefined || isTransaction(db)) return statsQuery(db, userId, jobTargetId);
  let query = preparedStats.get(db);
  if (!query) preparedStats.set(db, (query = statsQuery(db, sql.placeholder("userId"), undefined).prepare("user_stats")));
  return query.execute({ userId });
}

/** With a job target (already checked to be the user's): only the interviews practised for it. */
export async function getStats(db: TDbOrTx, userId: string, now = new Date(), jobTargetId?: string): Promise<TStats> {
  const [row] = await readStats(db, userId, jobTargetId);
  if (!row) throw new AppError("NOT_FOUND", "User not found.");
  const average = row.average === null ? null : Number(row.average);
  return {
    totalInterviews: row.total,
    completedInterviews: row.completed,
    averageScore: average === null ? null : Math.round(average * 10) / 10,
    bestScore: row.best === null ? null : Number(row.best),
    questionsAnswered: row.questions,
    memberSince: row.createdAt.toISOString(),
    currentStreak: currentStreak(row.days, utcDay(now)),
    lastPracticedOn: row.days[0] ?? null,
  };
}
