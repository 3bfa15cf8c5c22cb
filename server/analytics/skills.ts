import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews } from "@/db/schema";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";
import { inJobTarget } from "./job-filter";
import { latestScore } from "./latest-score";
import { mastery, MASTERY_WINDOW } from "./mastery";
import { utcDay } from "./utc-day";
import type { TTrend } from "@/server/contracts/vocabulary/progress";
import { toTenPointScale, trendEvidence, trendOf } from "./trend";

/** How many of the latest scores the small chart of a skill shows. */
export const SKILL_CHART_POINTS = 20;

export interface TSkill {
  key: string;
  label: string;
  /** Mastery on a 0–10 scale, one decimal (recent answers weigh more; see mastery.ts). */
  score: number;
  /** "stable" whenever trendEnoughData is false (the contract's enum has no "unknown"). */
  trend: TTrend;
  /** Least-squares slope over the last 10 answers, points per answer on 0–10; null without enough data. */
  slope: number | null;
  /** Whether the last 10 answers are enough for a trend (see TREND_RULE in trend.ts). */
  trendEnoughData: boolean;
  /** Distinct UTC days among the answers the trend looks at. */
  trendDays: number;
  /** Scored answers behind the mastery (at most MASTERY_WINDOW). */
  samples: number;
  /** The latest scores on 0–10, oldest first, for the skill's small chart. */
  recent: number[];
}

type TDimensionPoint = { key: string; score: number; max: number };
/** One scored answer: the UTC day it was given on and its dimensions. */
export type TScoredAnswerPoint = { day: string; dimensions: readonly TDimensionPoint[] };

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Skills of a track from its latest scored answers (`chronological`: each answer's dimensions,
 * oldest first). Only the track's current rubric dimensions are skills; a key the rubric no
 * longer has is ignored rather than shown as a skill nobody can practise.
 */
export function skillsFrom(track: TTrack, chronological: readonly TScoredAnswerPoint[]): TSkill[] {
  const skills: TSkill[] = [];
  for (const dimension of getRubric(track).dimensions) {
    const points = chronological.flatMap(({ day, dimensions }) => {
      const found = dimensions.find((entry) => entry.key === dimension.key);
      return found ? [{ day, value: toTenPointScale(found.score, found.max) }] : [];
    });
    const values = points.map((point) => point.value);
    const level = mastery(values);
    if (level === null) continue;
    const evidence = trendEvidence(points.map((point) => point.day));
    const { trend, slope } = evidence.enough ? trendOf(values) : { trend: "stable" as const, slope: null };
    skills.push({
      key: dimension.key,
      label: dimension.label,
      score: oneDecimal(level),
      trend,
      slope: slope === null ? null : Math.round(slope * 100) / 100,
      trendEnoughData: evidence.enough,
      trendDays: evidence.days,
      samples: values.length,
      recent: values.slice(-SKILL_CHART_POINTS).map(oneDecimal),
    });
  }
  return skills;
}

/** The day and dimensions of the latest MASTERY_WINDOW scored answers of a track, oldest first. */
export async function recentDimensions(db: TDbOrTx, userId: string, track: TTrack, jobTargetId?: string): Promise<TScoredAnswerPoint[]> {
  const rows = await db
    .select({ dimensions: latestScore.dimensions, createdAt: answers.createdAt })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .innerJoinLateral(latestScore, sql`true`)
    .where(and(eq(answers.userId, userId), eq(interviews.track, track), inJobTarget(interviews.id, jobTargetId)))
    .orderBy(desc(answers.createdAt), desc(answers.id))
    .limit(MASTERY_WINDOW);
  return rows.reverse().map((row) => ({
    day: utcDay(row.createdAt),
    dimensions: row.dimensions.map(({ key, score: value, max }) => ({ key, score: value, max })),
  }));
}
