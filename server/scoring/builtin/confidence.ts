/**
 * How far the built-in analyzer trusts its own score. Word-based signals are weakest on short
 * answers, unusual formats (mostly code outside a coding question, bare lists, another language)
 * and answers whose tie to the question the words cannot show; each such case is a reason.
 */
import type { TTextFeatures } from "@/server/scoring/builtin/features";
import type { TAnswerChecks } from "@/server/scoring/builtin/flags";
import type { TTopicMatch } from "@/server/scoring/builtin/topic";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";
import type { TScoreConfidence } from "@/server/contracts/vocabulary/score";

export function assessConfidence(args: {
  rubric: TRubricId;
  features: TTextFeatures;
  checks: TAnswerChecks;
  topic: TTopicMatch;
  minimumWords: number;
  injected: boolean;
}): TScoreConfidence {
  const { rubric, features: f, checks, topic, minimumWords, injected } = args;
  const reasons: string[] = [];
  if (checks.noAnswer) return { level: "high", reasons: [] };
  if (f.wordCount < minimumWords * 2) reasons.push("The answer is short, so there is little to judge.");
  const codeShare = f.codeChars / Math.max(1, f.text.replace(/\s+/g, "").length);
  const unusual =
    (rubric !== "coding" && codeShare > 0.6) || (f.listItemCount >= 8 && f.avgSentenceWords < 6) || f.wordlikeRatio < 0.85;
  if (unusual) reasons.push("The answer has an unusual format (mostly code, a bare list or another language), which word-based analysis reads less reliably.");
  if (checks.offTopic) reasons.push("It was judged off topic from its words; an interviewer may see a link the words do not show.");
  else if (checks.relevance < 0.4 || topic.tieConfidence < 0.5) reasons.push("Its link to the question is weak or hard to measure from the words alone.");
  if (injected) reasons.push("Part of the answer addressed the grader and was ignored.");
  const level = reasons.length === 0 ? "high" : reasons.length === 1 ? "medium" : "low";
  return { level, reasons };
}
