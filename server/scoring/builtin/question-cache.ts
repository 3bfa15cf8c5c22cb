/**
 * A bounded memo for the question side of the analysis. The job worker scores many answers to the
 * same few questions, and re-reading the question (its terms and stems, its focus, its situation, the
 * words of its key points and sample answer) for every answer cost a large share of each analysis.
 * Every memoised function is pure in its key, so a hit returns exactly what a fresh computation would;
 * the values are shared between calls and must never be mutated (their types are read-only).
 */

/** Distinct questions kept per memo: far more than a worker sees at once, and a few MB at most. */
export const QUESTION_CACHE_LIMIT = 512;

/**
 * Wraps `compute` in a least-recently-used cache of at most `limit` keys. A Map keeps insertion
 * order, so re-inserting on a hit makes the first key the least recently used one.
 */
export function memoByKey<R>(compute: (key: string) => R, limit: number = QUESTION_CACHE_LIMIT): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    if (cache.has(key)) {
      const hit = cache.get(key) as R;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute(key);
    if (cache.size >= limit) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
    cache.set(key, value);
    return value;
  };
}
