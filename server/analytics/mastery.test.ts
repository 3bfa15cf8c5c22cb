import { describe, expect, it } from "vitest";
import { mastery, MASTERY_HALF_LIFE, masteryWeight } from "./mastery";

describe("mastery weights", () => {
  it("halve every 5 answers back", () => {
    expect(masteryWeight(0)).toBe(1);
    expect(masteryWeight(MASTERY_HALF_LIFE)).toBeCloseTo(0.5);
    expect(masteryWeight(2 * MASTERY_HALF_LIFE)).toBeCloseTo(0.25);
    expect(masteryWeight(1)).toBeCloseTo(0.5 ** 0.2);
  });

  it("decrease strictly with age", () => {
    for (let age = 0; age < 30; age++) expect(masteryWeight(age + 1)).toBeLessThan(masteryWeight(age));
  });
});

describe("mastery", () => {
  it("is null without scores and the score itself for one", () => {
    expect(mastery([])).toBeNull();
    expect(mastery([6.5])).toBe(6.5);
  });

  it("is the plain value when all scores agree", () => {
    expect(mastery([7, 7, 7, 7])).toBeCloseTo(7);
  });

  it("leans towards recent answers", () => {
    const improved = mastery([2, 2, 2, 2, 2, 8, 8, 8, 8, 8])!;
    const plainMean = 5;
    expect(improved).toBeGreaterThan(plainMean);
    // The five older answers together weigh exactly half as much as the five newest: (8·2 + 2·1) / 3.
    expect(improved).toBeCloseTo((8 * 2 + 2 * 1) / 3, 5);
  });

  it("weighs an answer one step older by 0.5^(1/5)", () => {
    const older = 0.5 ** (1 / MASTERY_HALF_LIFE);
    expect(mastery([0, 10])).toBeCloseTo((0 * older + 10 * 1) / (older + 1));
  });
});
