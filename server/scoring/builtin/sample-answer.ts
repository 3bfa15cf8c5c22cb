/**
 * The sample answer shown after scoring: the question bank's own sample when it has one, else an
 * answer built from the question's key points, else an outline of what a strong answer contains
 * for this rubric, about this question.
 */
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";
import type { TScoreQuestion } from "@/server/scoring/scorer";

const OUTLINES: Record<TRubricId, string> = {
  product_management:
    "clarify the goal and who the users are; segment the users and find where the problem is biggest; list options and rank them by impact and effort (for example with RICE); pick one and say what you trade off; define the primary metric and a guardrail, and how you would test it (an A/B test or a staged rollout).",
  behavioral:
    "use STAR: set up one specific situation and your goal (when, where, what was at stake); describe the actions you personally took, step by step, saying \"I\"; state the result, measured if possible; close with what you learned and what you do differently since.",
  software_engineering:
    "start with how it works and the approach you would take; go into the mechanism and what can fail, and how you would handle it; compare it with the main alternative and what each costs; close with a real example, concrete numbers and how you would verify it in practice.",
  coding:
    "restate the problem and confirm assumptions on a small example; give the brute-force idea, then a better approach and the data structure it needs; write clean code; state the time and space complexity; walk through edge cases and the tests you would run.",
  general:
    "answer the question directly first; give your reasoning step by step; support it with a concrete example from your experience, with numbers; close with what you would do differently or next.",
};

const CLOSINGS: Record<TRubricId, string> = {
  product_management: "Back each point with a metric and say what you would trade off.",
  behavioral: "Tell it as one real story, with your own actions and a measured result.",
  software_engineering: "Name the trade-offs and what can go wrong.",
  coding: "Include code, its complexity, edge cases and tests.",
  general: "Support each point with a concrete example.",
};

function fromKeyPoints(keyPoints: readonly string[], rubric: TRubricId): string {
  const points = keyPoints.map((point, index) => `(${index + 1}) ${point.trim().replace(/[.;]+$/, "")}`);
  return `A strong answer covers: ${points.join("; ")}. ${CLOSINGS[rubric]}`;
}

export function writeSampleAnswer(question: TScoreQuestion, rubric: TRubricId, topic: string): string {
  const own = question.sampleAnswer?.trim();
  if (own) return own;
  const keyPoints = question.keyPoints?.filter((k) => k.trim().length > 0) ?? [];
  if (keyPoints.length > 0) return fromKeyPoints(keyPoints, rubric);
  return `Outline of a strong answer to "${topic}": ${OUTLINES[rubric]}`;
}
