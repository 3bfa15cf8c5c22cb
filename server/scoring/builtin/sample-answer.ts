/**
 * The sample answer shown after scoring: the question bank's own sample when it has one, else an
 * answer built from the question's key points, else an outline of what a strong answer contains
 * for this rubric, about this question (the last two in the candidate's language, feedback-text/).
 */
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import type { TScoreQuestion } from "@/server/scoring/scorer";

export function writeSampleAnswer(question: TScoreQuestion, rubric: TRubricId, topic: string, text: TFeedbackText): string {
  const own = question.sampleAnswer?.trim();
  if (own) return own;
  const keyPoints = question.keyPoints?.map((k) => k.trim().replace(/[.;]+$/, "")).filter((k) => k.length > 0) ?? [];
  if (keyPoints.length > 0) return text.fromKeyPoints(keyPoints, rubric);
  return text.outline(topic, rubric);
}
