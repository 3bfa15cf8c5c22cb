/**
 * The interviewer's follow-up: one question that probes the weakest dimension, phrased about this
 * question's topic, the way a real interviewer digs where the answer was thin.
 */
import type { TRubricId } from "@/server/scoring/rubrics";

type TTemplate = (topic: string) => string;

const TEMPLATES: Record<TRubricId, Readonly<Record<string, TTemplate>>> = {
  product_management: {
    structure: (t) => `How would you break "${t}" down into steps, and which step would you start with?`,
    metrics: (t) => `For "${t}", which single metric would tell you it worked, and which guardrail metric would you watch?`,
    prioritization: (t) => `If you could only do one thing for "${t}", which would it be, and what would you give up?`,
    user_empathy: (t) => `Which users are most affected by "${t}", and what do they need or worry about?`,
    communication: (t) => `Can you summarise your plan for "${t}" in three steps?`,
  },
  behavioral: {
    situation_task: (t) => `Going back to "${t}": when and where was it, what was at stake, and what exactly was your goal?`,
    action: (t) => `Going back to "${t}": what did you personally do, step by step?`,
    result: (t) => `Going back to "${t}": what was the outcome, and how did you know?`,
    reflection: (t) => `Looking back at "${t}": what would you do differently, and where have you applied that since?`,
    communication: (t) => `Can you retell "${t}" in one minute: situation, what you did, and the result?`,
  },
  software_engineering: {
    correctness: (t) => `On "${t}": can you walk me through precisely how it works underneath?`,
    depth: (t) => `On "${t}": what happens under load or when a part fails, and why?`,
    trade_offs: (t) => `On "${t}": what is the main alternative, and when would you choose it instead?`,
    practical_experience: (t) => `On "${t}": have you done this in practice? Which tools did you use, and how did you verify it worked?`,
    clarity: (t) => `Could you explain "${t}" again in three short steps?`,
  },
  coding: {
    problem_understanding: (t) => `Before coding "${t}": which assumptions would you confirm, and which edge cases worry you?`,
    approach: (t) => `For "${t}": is there a faster approach than yours, and which data structure would it need?`,
    complexity: (t) => `What are the time and space complexity of your solution to "${t}", and can you do better?`,
    code_quality: (t) => `How would you test your solution to "${t}"? Which inputs would you try first?`,
    communication: (t) => `Can you walk me through your solution to "${t}" on a small example, step by step?`,
  },
  general: {
    understanding: (t) => `What do you see as the core of "${t}", and what would you clarify first?`,
    logic: (t) => `Walk me through your reasoning on "${t}": why that choice over the alternatives?`,
    specificity: (t) => `Can you give a concrete example, with numbers, for "${t}"?`,
    job_fit: (t) => `When have you done something like "${t}" in practice, and what was the result?`,
  },
};

export function writeFollowUp(
  rubric: TRubricId,
  dimensions: ReadonlyArray<{ key: string; ratio: number }>,
  topic: string,
): string | null {
  // Ties go to the earlier dimension in rubric order, which keeps the choice deterministic.
  let weakest: { key: string; ratio: number } | undefined;
  for (const d of dimensions) if (!weakest || d.ratio < weakest.ratio) weakest = d;
  if (!weakest) return null;
  const template = TEMPLATES[rubric][weakest.key];
  return template ? template(topic) : null;
}
