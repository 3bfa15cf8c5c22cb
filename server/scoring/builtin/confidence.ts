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
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";

export function assessConfidence(args: {
  rubric: TRubricId;
  features: TTextFeatures;
  checks: TAnswerChecks;
  topic: TTopicMatch;
  minimumWords: number;
  injected: boolean;
  text: TFeedbackText;
}): TScoreConfidence {
  const { rubric, features: f, checks, topic, minimumWords, injected } = args;
  const say = args.text.confidence;
  const reasons: string[] = [];
  if (checks.noAnswer) return { level: "high", reasons: [] };
  if (f.wordCount < minimumWords * 2) reasons.push(say.short);
  const codeShare = f.codeChars / Math.max(1, f.text.replace(/\s+/g, "").length);
  // Code is the expected format of a coding answer: its symbols do not make the words less trustworthy.
  const codingWithCode = rubric === "coding" && f.codeChars > 0;
  const unusual =
    (rubric !== "coding" && codeShare > 0.6) || (f.listItemCount >= 8 && f.avgSentenceWords < 6) || (f.wordlikeRatio < 0.85 && !codingWithCode);
  if (unusual) reasons.push(say.unusual);
  if (checks.offTopic) reasons.push(say.offTopic);
  else if (checks.relevance < 0.4 || topic.tieConfidence < 0.5) reasons.push(say.weakLink);
  if (injected) reasons.push(say.injected);
  const level = reasons.length === 0 ? "high" : reasons.length === 1 ? "medium" : "low";
  return { level, reasons };
}
