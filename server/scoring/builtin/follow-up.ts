/**
 * The interviewer's follow-up: one question that probes the weakest dimension. A bank question's
 * own follow-ups come first (the one aimed at the weakest dimension they cover); otherwise a
 * well-formed generic question for that dimension (feedback-text/). Never built from fragments of
 * the question.
 */
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";

type TRated = { key: string; ratio: number };

export function writeFollowUp(
  rubric: TRubricId,
  dimensions: ReadonlyArray<TRated>,
  bankFollowUps: ReadonlyArray<{ text: string; dimension: string }>,
  text: TFeedbackText,
): string | null {
  // Weakest first; ties go to the earlier dimension in rubric order, which keeps the choice deterministic.
  const ranked = dimensions.map((d, i) => ({ ...d, i })).sort((a, b) => a.ratio - b.ratio || a.i - b.i);
  for (const d of ranked) {
    const bank = bankFollowUps.find((f) => f.dimension === d.key && f.text.trim().length > 0);
    if (bank) return bank.text.trim();
  }
  const weakest = ranked[0];
  if (!weakest) return null;
  return text.followUps[rubric][weakest.key] ?? null;
}
