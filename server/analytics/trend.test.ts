import { describe, expect, it } from "vitest";
import { MIN_TREND_ANSWERS, MIN_TREND_DAYS, TREND_RULE } from "@/server/contracts/vocabulary/progress";
import { classifySlope, leastSquaresSlope, toTenPointScale, TREND_THRESHOLD, trendEvidence, trendOf } from "./trend";

describe("leastSquaresSlope", () => {
  it("is the exact slope of a straight line", () => {
    expect(leastSquaresSlope([1, 2, 3, 4, 5])).toBeCloseTo(1);
    expect(leastSquaresSlope([10, 8, 6])).toBeCloseTo(-2);
  });

  it("is 0 for flat data, one point and no points", () => {
    expect(leastSquaresSlope([6, 6, 6, 6])).toBe(0);
    expect(leastSquaresSlope([7])).toBe(0);
    expect(leastSquaresSlope([])).toBe(0);
  });

  it("fits noisy data by least squares", () => {
    // x = 0..3, y = 2, 3, 5, 4: slope = Σ(x−1.5)(y−3.5) / Σ(x−1.5)² = 4 / 5
    expect(leastSquaresSlope([2, 3, 5, 4])).toBeCloseTo(0.8);
  });
});

describe("trendOf", () => {
  it("is stable with no data, one point or two points (a line through two points says nothing)", () => {
    expect(trendOf([])).toEqual({ trend: "stable", slope: null });
    expect(trendOf([4])).toEqual({ trend: "stable", slope: null });
    expect(trendOf([2, 9])).toEqual({ trend: "stable", slope: null });
  });

  it("needs a slope beyond ±0.15 points per answer", () => {
    expect(trendOf([5, 5.2, 5.4]).trend).toBe("improving"); // 0.2
    expect(trendOf([5, 5.1, 5.2]).trend).toBe("stable"); // 0.1
    expect(trendOf([5, 4.8, 4.6]).trend).toBe("declining"); // −0.2
  });

  it("treats exactly ±0.15 as stable (strictly beyond is required)", () => {
    expect(classifySlope(TREND_THRESHOLD)).toBe("stable");
    expect(classifySlope(-TREND_THRESHOLD)).toBe("stable");
    expect(classifySlope(TREND_THRESHOLD + 1e-9)).toBe("improving");
    expect(classifySlope(-TREND_THRESHOLD - 1e-9)).toBe("declining");
    expect(classifySlope(0)).toBe("stable");
  });

  it("only looks at the last 10 scores", () => {
    const earlyDecline = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const laterRise = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(trendOf([...earlyDecline, ...laterRise]).trend).toBe("improving");
    expect(trendOf([...earlyDecline, ...laterRise]).slope).toBeCloseTo(1);
  });
});

describe("toTenPointScale", () => {
  it("puts every rubric on 0–10 and clamps out-of-range scores", () => {
    expect(toTenPointScale(7, 10)).toBe(7);
    expect(toTenPointScale(20, 25)).toBe(8);
    expect(toTenPointScale(12, 10)).toBe(10);
    expect(toTenPointScale(-1, 10)).toBe(0);
    expect(toTenPointScale(3, 0)).toBe(0);
  });
});

describe("trendEvidence", () => {
  it("needs 5 answers on 3 different days within the last 10", () => {
    expect(trendEvidence(["2025-01-01", "2025-01-01", "2025-01-01", "2025-01-01"])).toEqual({ enough: false, answers: 4, days: 1 });
    // Ten answers in one sitting: plenty of answers, one day.
    expect(trendEvidence(Array(10).fill("2025-01-01")).enough).toBe(false);
    // Four answers over three days: enough days, too few answers.
    expect(trendEvidence(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-03"]).enough).toBe(false);
    expect(trendEvidence(["2025-01-01", "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-03"])).toEqual({ enough: true, answers: 5, days: 3 });
  });

  it("counts days only inside the trend window", () => {
    const oldDays = ["2025-01-01", "2025-01-02"];
    const oneRecentDay = Array(10).fill("2025-02-01");
    expect(trendEvidence([...oldDays, ...oneRecentDay])).toEqual({ enough: false, answers: 10, days: 1 });
  });

  it("states the rule with the numbers it applies", () => {
    expect(TREND_RULE).toContain(`${MIN_TREND_ANSWERS} scored answers`);
    expect(TREND_RULE).toContain(`${MIN_TREND_DAYS} different days`);
  });
});
