/**
 * Spaced repetition of weak answers. A question whose latest score is under REVIEW_PASS_SCORE
 * comes back 1, 3, 7 and then every 14 days after its last attempt; the step is how many times the
 * candidate retried it and still scored under the bar (a pass in between starts the count again).
 * Due items say what improved between the last two attempts, per rubric dimension. The question's
 * text comes in the reader's language (English where the bank has no translation yet).
 */
import { sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, questions, scores } from "@/db/schema";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TDimensionScore } from "@/server/contracts/vocabulary/score";
import { localizeRows } from "@/server/questions/translations";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { addDays, daysBetween, utcDay } from "./utc-day";

export const REVIEW_PASS_SCORE = 60;
export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 14] as const;
/** Enough to plan the week; everything due is always returned. */
export const UPCOMING_LIMIT = 5;

export interface TDimensionChange {
  key: string;
  label: string;
  previous: number;
  latest: number;
  /** latest − previous, on the dimension's own scale. */
  delta: number;
  max: number;
}

export interface TReviewItem {
  questionId: string;
  text: string;
  track: TTrack;
  level: TLevel;
  /** The interview of the last attempt (its report has the full feedback). */
  interviewId: string;
  attempts: number;
  lastScore: number;
  previousScore: number | null;
  lastAttemptAt: string;
  /** Retries that still scored under the bar: the index into REVIEW_INTERVALS_DAYS. */
  failedRetries: number;
  intervalDays: number;
  /** The UTC day it comes back ("YYYY-MM-DD"). */
  dueOn: string;
  due: boolean;
  /** Per dimension, last attempt against the one before; empty after a single attempt. */
  changes: TDimensionChange[];
}

export interface TReviewQueue {
  dueCount: number;
  due: TReviewItem[];
  upcoming: TReviewItem[];
}

export function reviewIntervalDays(failedRetries: number): number {
  const index = Math.min(Math.max(failedRetries, 0), REVIEW_INTERVALS_DAYS.length - 1);
  return REVIEW_INTERVALS_DAYS[index] ?? 14;
}

export function scheduleReview(lastAttemptAt: Date, failedRetries: number, today: string) {
  const intervalDays = reviewIntervalDays(failedRetries);
  const dueOn = addDays(utcDay(lastAttemptAt), intervalDays);
  return { intervalDays, dueOn, due: daysBetween(dueOn, today) >= 0 };
}

/** Dimensions present in both attempts, in the latest attempt's order. */
export function dimensionChanges(latest: readonly TDimensionScore[], previous: readonly TDimensionScore[] | null): TDimensionChange[] {
  if (!previous) return [];
  return latest.flatMap((dimension) => {
    const before = previous.find((entry) => entry.key === dimension.key);
    if (!before) return [];
    const delta = Math.round((dimension.score - before.score) * 10) / 10;
    return [{ key: dimension.key, label: dimension.label, previous: before.score, latest: dimension.score, delta, max: dimension.max }];
  });
}

interface TReviewRow extends Record<string, unknown> {
  question_id: string;
  interview_id: string;
  created_at: Date | string;
  total: number;
  attempts: number;
  failing_run: number;
  previous_total: number | null;
  latest_dimensions: TDimensionScore[] | null;
  previous_dimensions: TDimensionScore[] | null;
  text: string;
  track: TTrack;
  level: TLevel;
}

/**
 * One statement over the candidate's main answers (follow-ups are a different question): the
 * latest score of each, ranked per question; the run of sub-60 attempts since the last pass; the
 * dimensions of only the last two attempts of questions still under the bar.
 */
async function loadFailingQuestions(db: TDbOrTx, userId: string): Promise<TReviewRow[]> {
  const rows = await db.execute<TReviewRow>(sql`
    with scored as (
      select ${answers.id} as id, ${answers.questionId} as question_id, ${answers.interviewId} as interview_id,
             ${answers.createdAt} as created_at, ${answers.attempt} as attempt, s.total
      from ${answers}
      cross join lateral (
        select ${scores.total} as total from ${scores} where ${scores.answerId} = ${answers.id} order by ${scores.createdAt} desc limit 1
      ) s
      where ${answers.userId} = ${userId} and ${answers.kind} = 'answer'
    ),
    ranked as (
      select scored.*,
             row_number() over (partition by question_id order by created_at desc, attempt desc) as rn,
             count(*) over (partition by question_id) as attempts,
             max(created_at) filter (where total >= ${REVIEW_PASS_SCORE}) over (partition by question_id) as last_pass_at
      from scored
    ),
    failing as (
      select question_id, count(*) filter (where last_pass_at is null or created_at > last_pass_at) as failing_run
      from ranked group by question_id
    )
    select l.question_id, l.interview_id, l.created_at, l.total, l.attempts::int as attempts, f.failing_run::int as failing_run,
           p.total as previous_total, ld.dimensions as latest_dimensions, pd.dimensions as previous_dimensions,
           q.text, q.track, q.level
    from ranked l
    join failing f on f.question_id = l.question_id
    join ${questions} q on q.id = l.question_id
    left join ranked p on p.question_id = l.question_id and p.rn = 2
    left join lateral (select dimensions from ${scores} where answer_id = l.id order by created_at desc limit 1) ld on true
    left join lateral (select dimensions from ${scores} where answer_id = p.id order by created_at desc limit 1) pd on true
    where l.rn = 1 and l.total < ${REVIEW_PASS_SCORE}`);
  return [...rows];
}

export function reviewItemFrom(row: TReviewRow, today: string): TReviewItem {
  const lastAttemptAt = new Date(row.created_at);
  const failedRetries = Math.max(0, row.failing_run - 1);
  return {
    questionId: row.question_id,
    text: row.text,
    track: row.track,
    level: row.level,
    interviewId: row.interview_id,
    attempts: row.attempts,
    lastScore: row.total,
    previousScore: row.previous_total,
    lastAttemptAt: lastAttemptAt.toISOString(),
    failedRetries,
    ...scheduleReview(lastAttemptAt, failedRetries, today),
    changes: dimensionChanges(row.latest_dimensions ?? [], row.previous_dimensions),
  };
}

export async function getReviewQueue(db: TDbOrTx, userId: string, now = new Date(), language: TLanguage = "en"): Promise<TReviewQueue> {
  const today = utcDay(now);
  const rows = await localizeRows(db, await loadFailingQuestions(db, userId), language, (row) => row.question_id);
  const items = rows.map((row) => reviewItemFrom(row, today));
  // Longest overdue first, then the weakest; upcoming ones soonest first.
  const due = items.filter((item) => item.due).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.lastScore - b.lastScore);
  const upcoming = items.filter((item) => !item.due).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.lastScore - b.lastScore);
  return { dueCount: due.length, due, upcoming: upcoming.slice(0, UPCOMING_LIMIT) };
}
