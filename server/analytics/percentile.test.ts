import { describe, expect, it } from "vitest";
import { benchmarkFrom, MIN_BENCHMARK_CANDIDATES } from "./percentile";

describe("benchmarkFrom", () => {
  it("has no percentile without a completed interview at the level", () => {
    expect(benchmarkFrom({ candidates: 0, below: 0, equal: 0, average: null })).toMatchObject({ percentile: null, reason: "no_completed_interviews" });
    expect(benchmarkFrom({ candidates: 50, below: 0, equal: 0, average: null })).toMatchObject({ percentile: null, reason: "no_completed_interviews", candidates: 50 });
  });

  it("needs at least 20 candidates: 19 is not enough, exactly 20 is", () => {
    expect(MIN_BENCHMARK_CANDIDATES).toBe(20);
    expect(benchmarkFrom({ candidates: 19, below: 10, equal: 1, average: 70 })).toMatchObject({ percentile: null, reason: "not_enough_candidates", candidates: 19 });
    expect(benchmarkFrom({ candidates: 20, below: 10, equal: 1, average: 70 })).toMatchObject({ percentile: 53, reason: null, candidates: 20 });
  });

  it("counts half of the ties: everyone equal is the 50th percentile", () => {
    expect(benchmarkFrom({ candidates: 20, below: 0, equal: 20, average: 60 }).percentile).toBe(50);
    expect(benchmarkFrom({ candidates: 40, below: 10, equal: 4, average: 60 }).percentile).toBe(30);
  });

  it("puts the best of 20 at 98 and the worst at 3, never 100 or 0", () => {
    expect(benchmarkFrom({ candidates: 20, below: 19, equal: 1, average: 95 }).percentile).toBe(98);
    expect(benchmarkFrom({ candidates: 20, below: 0, equal: 1, average: 20 }).percentile).toBe(3);
  });

  it("is an integer", () => {
    const { percentile } = benchmarkFrom({ candidates: 23, below: 7, equal: 3, average: 61.5 });
    expect(Number.isInteger(percentile)).toBe(true);
    expect(percentile).toBe(37);
  });
});
