/**
 * How each rubric dimension is built from signal components. Weights say what an experienced
 * interviewer looks at first for that dimension; every dimension also carries a little of
 * "on topic" and "specific", because a precise answer to another question earns nothing. Numbers
 * weigh little as a component: they already drive the precision factor (concreteness per 100
 * words), and a long answer collects figures cheaply (restated sizes, "raise it to 4 GB").
 */
import * as c from "@/server/scoring/builtin/components";
import type { TComponentFn } from "@/server/scoring/builtin/components";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";

export type TRecipe = ReadonlyArray<readonly [weight: number, component: TComponentFn]>;

export const COMMUNICATION: TRecipe = [
  [3, c.steps],
  [2, c.readability],
  [3, c.conciseness],
  [2, c.development],
  [2, c.reasoning],
  [2, c.onTopic],
];

export const RECIPES: Record<TRubricId, Readonly<Record<string, TRecipe>>> = {
  product_management: {
    structure: [
      [3, c.steps],
      [2, c.reasoning],
      [2, c.framework("CIRCLES, RICE, a funnel")],
      [2, c.segments],
      [2, c.onTopic],
      [1, c.vocabulary],
    ],
    metrics: [
      [4, c.metrics],
      [1, c.numbers],
      [2, c.experiments],
      [2, c.onTopic],
    ],
    prioritization: [
      [4, c.prioritizing],
      [3, c.tradeOffs],
      [1, c.framework("RICE, MoSCoW, impact versus effort")],
      [2, c.onTopic],
      [1, c.vocabulary],
    ],
    user_empathy: [
      [4, c.users],
      [3, c.segments],
      [2, c.onTopic],
      [1, c.vocabulary],
    ],
    communication: COMMUNICATION,
  },
  behavioral: {
    situation_task: [
      [3, c.situation],
      [2, c.specificEpisode],
      [2, c.pastNarrative],
      [1, c.numbers],
      [2, c.onTopic],
      [1, c.vocabulary],
    ],
    action: [
      [4, c.personalActions],
      [2, c.ownership],
      [2, c.specificEpisode],
      [2, c.vocabulary],
      [2, c.onTopic],
    ],
    result: [
      [4, c.results],
      [1, c.numbers],
      [2, c.specificEpisode],
      [2, c.onTopic],
    ],
    reflection: [
      [5, c.reflection],
      [1, c.reasoning],
      [1, c.specificEpisode],
      [2, c.onTopic],
    ],
    communication: COMMUNICATION,
  },
  software_engineering: {
    correctness: [
      [3, c.onTopic],
      [2, c.vocabulary],
      [2, c.precision],
      [1, c.reasoning],
      [1, c.namedSpecifics],
    ],
    depth: [
      [3, c.vocabulary],
      [2, c.reasoning],
      [2, c.failureModes],
      [1, c.namedSpecifics],
      [2, c.onTopic],
    ],
    trade_offs: [
      [4, c.tradeOffs],
      [2, c.failureModes],
      [1, c.contrasts],
      [2, c.onTopic],
    ],
    practical_experience: [
      [2, c.namedSpecifics],
      [1, c.numbers],
      [2, c.measurement],
      [2, c.experience],
      [2, c.onTopic],
    ],
    clarity: COMMUNICATION,
  },
  coding: {
    problem_understanding: [
      [3, c.onTopic],
      [2, c.clarifying],
      [2, c.edgeCases],
      [1, c.vocabulary],
    ],
    approach: [
      [3, c.algorithm],
      [3, c.code],
      [1, c.approachComparison],
      [2, c.onTopic],
    ],
    complexity: [
      [5, c.complexity],
      [0.5, c.approachComparison],
      [1, c.onTopic],
    ],
    code_quality: [
      [4, c.code],
      [2, c.edgeCases],
      [2, c.testing],
      [1, c.onTopic],
    ],
    communication: COMMUNICATION,
  },
  general: {
    understanding: [
      [3, c.onTopic],
      [3, c.keyPoints],
      [1, c.vocabulary],
    ],
    logic: [
      [3, c.steps],
      [3, c.reasoning],
      [2, c.tradeOffs],
      [1, c.onTopic],
    ],
    specificity: [
      [3, c.numbers],
      [3, c.namedSpecifics],
      [2, c.vocabulary],
      [1, c.onTopic],
    ],
    job_fit: [
      [3, c.experience],
      [2, c.measurement],
      [2, c.personalActions],
      [2, c.onTopic],
    ],
  },
};
