import { describe, expect, it } from "vitest";
import { skillsFrom, type TScoredAnswerPoint } from "./skills";

/** A behavioral answer whose "action" is `action` out of 10 and every other skill a flat 6. */
function answer(day: string, action: number): TScoredAnswerPoint {
  const keys = ["situation_task", "action", "result", "reflection", "communication"];
  return { day, dimensions: keys.map((key) => ({ key, score: key === "action" ? action : 6, max: 10 })) };
}

describe("skillsFrom: trends only with enough data", () => {
  it("one sitting of 4 falling answers is not a decline: stable, no slope, not enough data", () => {
    const skills = skillsFrom("behavioral", [answer("2025-03-01", 8), answer("2025-03-01", 6), answer("2025-03-01", 4), answer("2025-03-01", 2)]);
    const action = skills.find((skill) => skill.key === "action");
    expect(action).toMatchObject({ trend: "stable", slope: null, trendEnoughData: false, trendDays: 1, samples: 4 });
    // The score itself is still there: only the direction waits for more data.
    expect(action?.score).toBeGreaterThan(0);
    expect(skills.every((skill) => !skill.trendEnoughData)).toBe(true);
  });

  it("5 answers over 3 days show the direction", () => {
    const points = [answer("2025-03-01", 8), answer("2025-03-01", 7), answer("2025-03-02", 6), answer("2025-03-03", 5), answer("2025-03-03", 4)];
    const action = skillsFrom("behavioral", points).find((skill) => skill.key === "action");
    expect(action).toMatchObject({ trend: "declining", slope: -1, trendEnoughData: true, trendDays: 3 });
    const flat = skillsFrom("behavioral", points).find((skill) => skill.key === "result");
    expect(flat).toMatchObject({ trend: "stable", slope: 0, trendEnoughData: true });
  });
});
