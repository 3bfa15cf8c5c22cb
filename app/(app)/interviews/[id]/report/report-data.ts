import type { TInterview } from "@/server/contracts/interviews";

export type TQuestion = TInterview["questions"][number];

export interface TDimensionAverage {
  key: string;
  label: string;
  /** On a 0–10 scale, whatever the rubric's own max. */
  average: number;
  count: number;
}

/**
 * The average of each rubric dimension over the latest scored main answer of every question
 * (follow-ups and earlier attempts left out: the report judges the answer the candidate stands by).
 */
export function dimensionAverages(questions: TQuestion[]): { dimensions: TDimensionAverage[]; scoredQuestions: number } {
  const byKey = new Map<string, { label: string; sum: number; count: number }>();
  let scoredQuestions = 0;
  for (const question of questions) {
    const score = question.answer?.score;
    if (!score) continue;
    scoredQuestions += 1;
    for (const dimension of score.dimensions) {
      const entry = byKey.get(dimension.key) ?? { label: dimension.label, sum: 0, count: 0 };
      entry.sum += dimension.max > 0 ? (dimension.score / dimension.max) * 10 : 0;
      entry.count += 1;
      byKey.set(dimension.key, entry);
    }
  }
  const dimensions = Array.from(byKey, ([key, entry]) => ({ key, label: entry.label, average: entry.sum / entry.count, count: entry.count }));
  return { dimensions, scoredQuestions };
}

/** Seconds spent on a question over every attempt; null when no attempt recorded its time. */
export function questionSeconds(question: TQuestion): number | null {
  const recorded = question.attempts.map((attempt) => attempt.timeSpentSeconds).filter((seconds): seconds is number => seconds !== null);
  return recorded.length ? recorded.reduce((sum, seconds) => sum + seconds, 0) : null;
}
