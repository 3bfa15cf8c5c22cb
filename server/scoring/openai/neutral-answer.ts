/**
 * The answer as the model gets to see it, and what of it was an attempt on the grader. The model
 * always gets neutralizeAnswer's text (every injected span cut out), even on a question about
 * prompt injection where a quoted attack is content: a model may obey a quote as readily as a
 * command. Whether the answer counts as an attempt (clamped, flagged, scrubbed) follows the
 * built-in analyzer, so quoting an attack in an answer about security is not held against anyone.
 */
import { findingsAgainstCandidate, neutralizeAnswer } from "@/server/scoring/builtin/injection";

export type TAnswerForModel = {
  /** What the model grades. */
  text: string;
  /** The injected spans held against the candidate, as written (empty when there is none). */
  injectedTexts: string[];
};

export function answerForModel(answer: string, question: string): TAnswerForModel {
  const neutral = neutralizeAnswer(answer);
  if (!neutral.injected) return { text: neutral.text, injectedTexts: [] };
  // neutralizeAnswer's spans point into the answer with its line endings normalised.
  const normalized = answer.replace(/\r\n?/g, "\n");
  const spans = neutral.spans.map(([start, end]) => ({ start, end, kind: "instruction" as const }));
  const attempts = findingsAgainstCandidate(question, normalized, spans);
  return {
    text: neutral.text,
    injectedTexts: attempts.map((f) => normalized.slice(f.start, f.end)).filter((t) => t.trim().length > 0),
  };
}
