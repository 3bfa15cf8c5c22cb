/**
 * The vocabulary of the progress page: a skill's trend, when a trend is shown at all, and why a
 * percentile may be missing. The numbers live here because the UI explains them in words
 * (server/analytics/trend.ts computes with them).
 */
import { z } from "zod";

export const TRENDS = ["improving", "stable", "declining"] as const;
export const ZTrendSchema = z.enum(TRENDS);
export type TTrend = z.infer<typeof ZTrendSchema>;

/** Scores a trend line is drawn through (the latest ones). */
export const TREND_WINDOW = 10;
export const MIN_TREND_ANSWERS = 5;
export const MIN_TREND_DAYS = 3;

/** The rule in words, for the UI and the API description (one source). */
export const TREND_RULE = `A trend needs at least ${MIN_TREND_ANSWERS} scored answers on at least ${MIN_TREND_DAYS} different days; it compares your last ${TREND_WINDOW}.`;

/** Why a benchmark has no percentile. */
export const BENCHMARK_REASONS = ["not_enough_candidates", "no_completed_interviews"] as const;
export const ZBenchmarkReasonSchema = z.enum(BENCHMARK_REASONS);
export type TBenchmarkReason = z.infer<typeof ZBenchmarkReasonSchema>;
