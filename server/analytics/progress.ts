import { and, count, desc, eq, max, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews, users } from "@/db/schema";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { gapsFrom, unansweredQuestions, type TGap } from "./gaps";
import { localizeQuestion } from "@/server/questions/localized-question";
import { loadTranslations } from "@/server/questions/translations";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { dimensionLabel } from "@/server/i18n/dimension-label";
import { inJobTarget } from "./job-filter";
import { latestScore } from "./latest-score";
import { getBenchmark, type TBenchmark } from "./percentile";
import { recentDimensions, skillsFrom, type TSkill } from "./skills";
import { hasScore } from "./stats";

export interface TPractisedTrack {
  track: TTrack;
  scoredAnswers: number;
  lastPractisedAt: string;
  /** The level of the latest scored answer in this track: where the candidate is practising now. */
  level: TLevel;
}

export interface TProgress {
  track: TTrack;
  level: TLevel;
  tracks: TPractisedTrack[];
  /** Mean total of the day's scored answers, per UTC day with practice, oldest first. */
  series: Array<{ date: string; score: number; answers: number }>;
  skills: TSkill[];
  gaps: TGap[];
  percentile: number | null;
  benchmark: TBenchmark & { level: TLevel };
}

const DEFAULT_TRACK: TTrack = "software_engineering";
const DEFAULT_LEVEL: TLevel = "junior";

/** Tracks with scored answers, most recently practised first. */
export async function practisedTracks(db: TDbOrTx, userId: string, jobTargetId?: string): Promise<TPractisedTrack[]> {
  const rows = await db
    .select({
      track: interviews.track,
      scoredAnswers: count(),
      lastPractisedAt: max(answers.createdAt),
      level: sql<TLevel>`(array_agg(${interviews.level} order by ${answers.createdAt} desc))[1]`,
    })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .where(and(eq(answers.userId, userId), hasScore, inJobTarget(interviews.id, jobTargetId)))
    .groupBy(interviews.track)
    .orderBy(desc(max(answers.createdAt)));
  return rows.map((row) => ({ ...row, lastPractisedAt: (row.lastPractisedAt ?? new Date(0)).toISOString() }));
}

export async function scoreSeries(db: TDbOrTx, userId: string, track: TTrack, jobTargetId?: string): Promise<TProgress["series"]> {
  const day = sql<string>`to_char(${answers.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  return db
    .select({ date: day, score: sql<number>`round(avg(${latestScore.total}))::int`, answers: count() })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .innerJoinLateral(latestScore, sql`true`)
    .where(and(eq(answers.userId, userId), eq(interviews.track, track), inJobTarget(interviews.id, jobTargetId)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

/**
 * Everything the progress page shows for one track. Without a track: the one practised last,
 * else the candidate's preferred track. Three round trips at most, each set-based. With a job target
 * (already checked to be the user's), tracks, scores and skills count only its interviews; gaps
 * follow those skills; the benchmark stays the candidate's standing at the track and level.
 */
export async function getProgress(
  db: TDbOrTx,
  userId: string,
  input: { track?: TTrack; jobTargetId?: string; language?: TLanguage } = {},
): Promise<TProgress> {
  const { jobTargetId } = input;
  const [tracks, [preferences]] = await Promise.all([
    practisedTracks(db, userId, jobTargetId),
    db.select({ track: users.preferredTrack, level: users.preferredLevel }).from(users).where(eq(users.id, userId)),
  ]);
  const track = input.track ?? tracks[0]?.track ?? preferences?.track ?? DEFAULT_TRACK;
  const level = tracks.find((entry) => entry.track === track)?.level ?? preferences?.level ?? DEFAULT_LEVEL;
  const [series, recent, candidates, benchmark] = await Promise.all([
    scoreSeries(db, userId, track, jobTargetId),
    recentDimensions(db, userId, track, jobTargetId),
    unansweredQuestions(db, userId, track),
    getBenchmark(db, userId, track, level),
  ]);
  const language = input.language ?? "en";
  const skills = skillsFrom(track, recent).map((skill) => ({ ...skill, label: dimensionLabel(skill.key, skill.label, language) }));
  const gaps = await questionsInLanguage(db, gapsFrom(track, level, skills, candidates, language), language);
  return {
    track,
    level,
    tracks,
    series,
    skills,
    gaps,
    percentile: benchmark.percentile,
    benchmark: { ...benchmark, level },
  };
}

/** The recommended questions' texts in the candidate's language (English where not translated yet). */
async function questionsInLanguage(db: TDbOrTx, gaps: TGap[], language: TLanguage): Promise<TGap[]> {
  const translations = await loadTranslations(db, gaps.flatMap((gap) => gap.recommendedQuestions.map((question) => question.id)), language);
  return gaps.map((gap) => ({
    ...gap,
    recommendedQuestions: gap.recommendedQuestions.map((question) => ({ ...question, text: localizeQuestion({ text: question.text }, language, translations.get(question.id)).text })),
  }));
}
