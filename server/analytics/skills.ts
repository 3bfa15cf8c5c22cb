import { and, desc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews } from "@/db/schema";
import { getRubric } from "@/server/scoring/rubrics";
import type { TTrack } from "@/server/tracks";
import { latestScore } from "./latest-score";
import { mastery, MASTERY_WINDOW } from "./mastery";
import { toTenPointScale, trendOf, type TTrend } from "./trend";

/** How many of the latest scores the small chart of a skill shows. */
export const SKILL_CHART_POINTS = 20;

export interface TSkill {
  key: string;
  label: string;
  /** Mastery on a 0–10 scale, one decimal (recent answers weigh more; see mastery.ts). */
  score: number;
  trend: TTrend;
  /** Least-squares slope over the last 10 answers, points per answer on 0–10; null under 3 answers. */
  slope: number | null;
  /** Scored answers behind the mastery (at most MASTERY_WINDOW). */
  samples: number;
  /** The latest scores on 0–10, oldest first, for the skill's small chart. */
  recent: number[];
}

type TDimensionPoint = { key: string; score: number; max: number };

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Skills of a track from its latest scored answers (`chronological`: each answer's dimensions,
 * oldest first). Only the track's current rubric dimensions are skills; a key the rubric no
 * longer has is ignored rather than shown as a skill nobody can practise.
 */
export function skillsFrom(track: TTrack, chronological: ReadonlyArray<readonly TDimensionPoint[]>): TSkill[] {
  const skills: TSkill[] = [];
  for (const dimension of getRubric(track).dimensions) {
    const values = chronological.flatMap((dimensions) => {
      const found = dimensions.find((entry) => entry.key === dimension.key);
      return found ? [toTenPointScale(found.score, found.max)] : [];
    });
    const level = mastery(values);
    if (level === null) continue;
    const { trend, slope } = trendOf(values);
    skills.push({
      key: dimension.key,
      label: dimension.label,
      score: oneDecimal(level),
      trend,
      slope: slope === null ? null : Math.round(slope * 100) / 100,
      samples: values.length,
      recent: values.slice(-SKILL_CHART_POINTS).map(oneDecimal),
    });
  }
  return skills;
}

/** The dimensions of the latest MASTERY_WINDOW scored answers of a track, oldest first. */
export async function recentDimensions(db: TDbOrTx, userId: string, track: TTrack): Promise<TDimensionPoint[][]> {
  const rows = await db
    .select({ dimensions: latestScore.dimensions })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .innerJoinLateral(latestScore, sql`true`)
    .where(and(eq(answers.userId, userId), eq(interviews.track, track)))
    .orderBy(desc(answers.createdAt), desc(answers.id))
    .limit(MASTERY_WINDOW);
  return rows.reverse().map((row) => row.dimensions.map(({ key, score: value, max }) => ({ key, score: value, max })));
}
