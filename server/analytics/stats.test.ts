import { describe, expect, it } from "vitest";
import { currentStreak } from "./stats";
import { addDays, daysBetween, utcDay } from "./utc-day";

const TODAY = "2026-03-10";

describe("currentStreak", () => {
  it("is 0 without practice", () => {
    expect(currentStreak([], TODAY)).toBe(0);
  });

  it("counts today alone as 1", () => {
    expect(currentStreak([TODAY], TODAY)).toBe(1);
  });

  it("still counts when the last practice was yesterday (the day is not over yet)", () => {
    expect(currentStreak(["2026-03-09", "2026-03-08"], TODAY)).toBe(2);
  });

  it("is broken by a missed day before yesterday", () => {
    expect(currentStreak(["2026-03-08", "2026-03-07"], TODAY)).toBe(0);
  });

  it("counts back to the first gap, across month ends, ignoring order and duplicates", () => {
    const days = ["2026-03-01", "2026-02-28", TODAY, "2026-03-09", "2026-03-02", "2026-03-03", "2026-03-05", TODAY];
    expect(currentStreak(days, TODAY)).toBe(2);
    expect(currentStreak(["2026-03-02", "2026-03-01", "2026-02-28", "2026-02-27"], "2026-03-02")).toBe(4);
  });

  it("crosses a leap day", () => {
    expect(currentStreak(["2028-03-01", "2028-02-29", "2028-02-28"], "2028-03-01")).toBe(3);
  });
});

describe("UTC days", () => {
  it("assigns a late-evening answer west of UTC to the next UTC day", () => {
    expect(utcDay(new Date("2026-03-09T23:30:00-05:00"))).toBe("2026-03-10");
  });

  it("adds and measures days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-03-15")).toBe(14);
    expect(daysBetween("2026-03-15", "2026-03-01")).toBe(-14);
  });
});
