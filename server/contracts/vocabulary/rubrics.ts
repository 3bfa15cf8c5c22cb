/**
 * Scoring rubrics: one per track plus `general` for custom roles.
 * Every score records RUBRIC_VERSION so a stored score can always be read against the rubric
 * that produced it; bump the version whenever a dimension, its scale or its meaning changes.
 */
import { TRACKS } from "./tracks";

export const RUBRIC_VERSION = "2026-11-1";

/** The rubrics an answer can be scored against: each track's, and `general` for a role outside them. */
export const RUBRIC_IDS = [...TRACKS, "general"] as const;
export type TRubricId = (typeof RUBRIC_IDS)[number];

export type TRubricDimension = {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly max: number;
};

export type TRubric = {
  readonly id: TRubricId;
  readonly name: string;
  readonly version: string;
  readonly dimensions: readonly TRubricDimension[];
};

function dimension(key: string, label: string, description: string, max = 10): TRubricDimension {
  return { key, label, description, max };
}

const RUBRICS: Record<TRubricId, TRubric> = {
  product_management: {
    id: "product_management",
    name: "Product management",
    version: RUBRIC_VERSION,
    dimensions: [
      dimension("structure", "Structure", "Breaks the problem down with a clear, step-by-step approach or framework."),
      dimension("metrics", "Metrics", "Defines how success is measured: a primary metric, guardrails and how to test."),
      dimension("prioritization", "Prioritization", "Ranks options by impact and effort and explains the trade-offs."),
      dimension("user_empathy", "User empathy", "Starts from real user segments, their needs and pain points."),
      dimension("communication", "Communication", "Clear, concise and easy to follow."),
    ],
  },
  behavioral: {
    id: "behavioral",
    name: "Behavioral",
    version: RUBRIC_VERSION,
    dimensions: [
      dimension("situation_task", "Situation & task", "Sets up one specific, real situation and what the candidate had to achieve."),
      dimension("action", "Action", "Describes concrete steps the candidate personally took (\"I\", not only \"we\")."),
      dimension("result", "Result", "States the outcome, ideally measured, and what changed because of it."),
      dimension("reflection", "Reflection", "Draws a lesson and shows how it changed later behaviour."),
      dimension("communication", "Communication", "Tells the story clearly and concisely, in a logical order."),
    ],
  },
  software_engineering: {
    id: "software_engineering",
    name: "Software engineering",
    version: RUBRIC_VERSION,
    dimensions: [
      dimension("correctness", "Correctness", "Technically accurate, on-topic statements without confusions."),
      dimension("depth", "Depth", "Goes beyond definitions: mechanisms, failure modes and why things work."),
      dimension("trade_offs", "Trade-offs", "Names alternatives and what each costs, and what can go wrong."),
      dimension("practical_experience", "Practical experience", "Concrete tools, numbers, examples and how to verify in practice."),
      dimension("clarity", "Clarity", "Explains in a clear, well-ordered and concise way."),
    ],
  },
  coding: {
    id: "coding",
    name: "Coding",
    version: RUBRIC_VERSION,
    dimensions: [
      dimension("problem_understanding", "Problem understanding", "Restates the problem, clarifies assumptions and constraints, uses examples."),
      dimension("approach", "Approach", "Chooses a sound algorithm or data structure and compares it with alternatives."),
      dimension("complexity", "Complexity", "States time and space complexity correctly (Big-O)."),
      dimension("code_quality", "Code quality", "Readable working code that handles edge cases, with tests."),
      dimension("communication", "Communication", "Explains the reasoning step by step while solving."),
    ],
  },
  general: {
    id: "general",
    name: "General",
    version: RUBRIC_VERSION,
    dimensions: [
      dimension("understanding", "Understanding", "Answers the question that was asked and covers its key points.", 25),
      dimension("logic", "Logic", "Reasons in clear steps, with causes, conditions and trade-offs.", 25),
      dimension("specificity", "Specificity", "Uses concrete examples, numbers and named specifics.", 25),
      dimension("job_fit", "Job fit", "Shows hands-on experience and judgement relevant to the role.", 25),
    ],
  },
};

export function getRubric(id: TRubricId): TRubric {
  return RUBRICS[id];
}

/**
 * The total is the sum of the dimension scores scaled to 0..100 and rounded, so every rubric
 * (five dimensions of 10 or four of 25) reads on the same scale.
 */
export function computeTotal(dimensions: ReadonlyArray<{ score: number; max: number }>): number {
  const max = dimensions.reduce((sum, d) => sum + d.max, 0);
  if (max <= 0) return 0;
  const earned = dimensions.reduce((sum, d) => sum + Math.min(Math.max(d.score, 0), d.max), 0);
  return Math.round((earned / max) * 100);
}
