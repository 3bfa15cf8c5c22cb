/**
 * A percentile bootstrap confidence interval for a median: how far the median of a handful of noisy
 * paired ratios could move if the rounds were run again. Written here rather than taken from a
 * statistics package because it is twenty lines and the benchmarks need nothing else from one.
 * Seeded, so the same samples always print the same interval.
 */
import { median, quantile } from "./i18n-cpu";

/** mulberry32: a small, well-mixed 32-bit generator; reproducible, not cryptographic. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The central `level` interval (0.9: the 5th to the 95th percentile) of the median over `resamples` resamples. */
export function medianInterval(values: readonly number[], level = 0.9, resamples = 2000, seed = 1): { low: number; high: number } {
  if (values.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = seededRandom(seed);
  const medians = Array.from({ length: resamples }, () => median(Array.from(values, () => values[Math.floor(random() * values.length)]!)));
  return { low: quantile(medians, (1 - level) / 2), high: quantile(medians, 1 - (1 - level) / 2) };
}
