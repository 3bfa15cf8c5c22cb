import { sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { interviews } from "@/db/schema";
import type { TBenchmarkReason } from "@/server/contracts/vocabulary/progress";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";

/** Below this many candidates a percentile says more about who happened to sign up than about you. */
export const MIN_BENCHMARK_CANDIDATES = 20;

export interface TBenchmark {
  /** 0–100, or null with a reason. */
  percentile: number | null;
  reason: TBenchmarkReason | null;
  /** Candidates with a completed interview at this track and level (you included). */
  candidates: number;
  minimumCandidates: number;
  /** Your mean overall score of completed interviews at this track and level. */
  average: number | null;
}

export interface TRankCounts {
  candidates: number;
  /** Candidates whose average is lower than yours. */
  below: number;
  /** Candidates whose average equals yours, you included. */
  equal: number;
  average: number | null;
}

/**
 * Percentile rank with ties split in half: (below + ½·equal) / candidates × 100. Everyone tied
 * reads 50, not 0 or 100; the single best of 20 reads 98 (rounded from 97.5).
 */
export function benchmarkFrom(counts: TRankCounts): TBenchmark {
  const base = { candidates: counts.candidates, minimumCandidates: MIN_BENCHMARK_CANDIDATES, average: counts.average };
  if (counts.average === null || counts.equal === 0) return { ...base, percentile: null, reason: "no_completed_interviews" };
  if (counts.candidates < MIN_BENCHMARK_CANDIDATES) return { ...base, percentile: null, reason: "not_enough_candidates" };
  const percentile = Math.round(((counts.below + counts.equal / 2) / counts.candidates) * 100);
  return { ...base, percentile, reason: null };
}

/**
 * Per-candidate averages at this track and level, then counts around yours, in one statement
 * (read from the partial index interviews_benchmark_idx, not from anyone's rows one by one).
 */
export async function rankCounts(db: TDbOrTx, userId: string, track: TTrack, level: TLevel): Promise<TRankCounts> {
  const rows = await db.execute<{ candidates: number; below: number; equal: number; average: string | null }>(sql`
    with per_user as (
      select ${interviews.userId} as user_id, avg(${interviews.overallScore}) as average
      from ${interviews}
      where ${interviews.track} = ${track} and ${interviews.level} = ${level}
        and ${interviews.status} = 'completed' and ${interviews.overallScore} is not null
      group by ${interviews.userId}
    ),
    me as (select average from per_user where user_id = ${userId})
    select count(*)::int as candidates,
           count(*) filter (where per_user.average < me.average)::int as below,
           count(*) filter (where per_user.average = me.average)::int as equal,
           max(me.average)::text as average
    from per_user left join me on true`);
  const row = rows[0];
  return {
    candidates: row?.candidates ?? 0,
    below: row?.below ?? 0,
    equal: row?.equal ?? 0,
    average: row?.average === null || row?.average === undefined ? null : Math.round(Number(row.average) * 10) / 10,
  };
}

export async function getBenchmark(db: TDbOrTx, userId: string, track: TTrack, level: TLevel): Promise<TBenchmark> {
  return benchmarkFrom(await rankCounts(db, userId, track, level));
}
