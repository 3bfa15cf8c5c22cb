import { describe, expect, it } from "vitest";
import { gapsFrom, recommendQuestions, weakestSkills, type TCandidateQuestion } from "./gaps";
import type { TSkill } from "./skills";

const skill = (key: string, score: number): TSkill => ({ key, label: key, score, trend: "stable", slope: null, trendEnoughData: false, trendDays: 1, samples: 5, recent: [] });

describe("weakestSkills", () => {
  it("is empty without skills and everything when there are fewer than three", () => {
    expect(weakestSkills([])).toEqual([]);
    expect(weakestSkills([skill("a", 5)]).map((s) => s.key)).toEqual(["a"]);
    expect(weakestSkills([skill("b", 7), skill("a", 5)]).map((s) => s.key)).toEqual(["a", "b"]);
  });

  it("adds a third only when it is within a point of the second", () => {
    expect(weakestSkills([skill("a", 3), skill("b", 5), skill("c", 6), skill("d", 9)]).map((s) => s.key)).toEqual(["a", "b", "c"]);
    expect(weakestSkills([skill("a", 3), skill("b", 5), skill("c", 6.5), skill("d", 9)]).map((s) => s.key)).toEqual(["a", "b"]);
  });

  it("breaks ties by key so the page does not shuffle", () => {
    expect(weakestSkills([skill("z", 4), skill("m", 4), skill("a", 4)]).map((s) => s.key)).toEqual(["a", "m", "z"]);
  });
});

describe("recommendQuestions", () => {
  const question = (id: string, level: TCandidateQuestion["level"], tags: string[], keyPoints: string[] = [], difficulty = 2): TCandidateQuestion => ({
    id,
    text: `Question ${id}`,
    level,
    difficulty,
    tags,
    keyPoints,
  });

  it("keeps only questions that exercise the skill, at the candidate's level first, then the best match", () => {
    const candidates = [
      question("senior-metrics", "senior", ["metrics", "experimentation"]),
      question("junior-weak", "junior", ["strategy"], ["define a success metric"]),
      question("junior-strong", "junior", ["metrics"], ["name a guardrail metric"]),
      question("junior-unrelated", "junior", ["pricing"], ["talk about pricing"]),
      question("mid-metrics", "mid", ["metrics"]),
    ];
    const ids = recommendQuestions("product_management", "metrics", "junior", candidates).map((q) => q.id);
    expect(ids).toEqual(["junior-strong", "junior-weak", "mid-metrics"]);
  });

  it("gives each gap its own questions", () => {
    const candidates = [
      question("q1", "junior", ["metrics", "prioritization"]),
      question("q2", "junior", ["prioritization"]),
      question("q3", "junior", ["metrics"]),
    ];
    const gaps = gapsFrom("product_management", "junior", [skill("metrics", 3), skill("prioritization", 4), skill("structure", 9)], candidates);
    expect(gaps.map((gap) => gap.key)).toEqual(["metrics", "prioritization"]);
    expect(gaps[0]!.recommendedQuestionIds).toEqual(["q1", "q3"]);
    expect(gaps[1]!.recommendedQuestionIds).toEqual(["q2"]);
    expect(gaps[0]!.advice).toMatch(/primary metric/);
    expect(gaps[0]!.adviceKey).toBe("product_management.metrics");
    expect(gaps[0]!.tags).toEqual(["metrics", "experimentation"]);
  });

  it("writes the advice in the reader's language (#18)", () => {
    const skills = [skill("metrics", 3), skill("prioritization", 4)];
    const [ru] = gapsFrom("product_management", "junior", skills, [], "ru");
    const [ko] = gapsFrom("product_management", "junior", skills, [], "ko");
    expect(ru!.advice).toMatch(/^Назовите одну основную метрику/);
    expect(ko!.advice).toMatch(/핵심 지표/);
    expect(ru!.adviceKey).toBe("product_management.metrics");
  });
});
