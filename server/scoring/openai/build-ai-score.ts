/**
 * Turns one or two validated model grades into the public score: mean per dimension, evidence
 * checked against the answer (a quote the candidate did not write is dropped), flags merged with
 * the built-in injection detector and the consistency check.
 */
import { quote } from "@/server/scoring/builtin/evidence";
import { feedbackText } from "@/server/scoring/builtin/feedback-text";
import { writeSampleAnswer } from "@/server/scoring/builtin/sample-answer";
import { topicPhrase } from "@/server/scoring/builtin/topic-phrase";
import type { TModelOutput } from "@/server/scoring/openai/model-output-schema";
import { computeTotal, RUBRIC_VERSION, type TRubric } from "@/server/contracts/vocabulary/rubrics";
import { MAX_EVIDENCE_QUOTES, type TScore, type TScoreFlag } from "@/server/contracts/vocabulary/score";
import type { TScoreInput } from "@/server/scoring/scorer";

/** Two grades whose totals differ by more than this are flagged "inconsistent". */
export const CONSISTENCY_TOLERANCE = 10;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, " ").trim();
}

/** Quotes the answer (with injected spans removed) really contains, cut to the evidence limit. */
export function verifiedEvidence(quotes: readonly string[], answer: string): string[] {
  const haystack = normalise(answer);
  const kept = quotes
    .map((q) => quote(q.replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, "")))
    .filter((q) => q.length > 0 && haystack.includes(normalise(q)));
  return [...new Set(kept)].slice(0, MAX_EVIDENCE_QUOTES);
}

function cleanList(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item.length > 0).slice(0, 5);
}

export function buildAiScore(args: {
  input: TScoreInput;
  rubric: TRubric;
  outputs: readonly [TModelOutput, ...TModelOutput[]];
  /** The answer with injected spans cut out: evidence must come from it. */
  cleanedAnswer: string;
  injectionDetected: boolean;
  model: string;
  tokens: { input: number; output: number };
  latencyMs: number;
}): TScore {
  const { input, rubric, outputs, cleanedAnswer } = args;
  const [first] = outputs;

  const dimensions = rubric.dimensions.map((d) => {
    const entries = outputs.flatMap((o) => {
      const entry = o.dimensions[d.key];
      return entry ? [entry] : [];
    });
    const mean = entries.reduce((sum, e) => sum + e.score, 0) / Math.max(1, entries.length);
    const evidence = entries.map((e) => verifiedEvidence(e.evidence, cleanedAnswer)).find((list) => list.length > 0) ?? [];
    return {
      key: d.key,
      label: d.label,
      score: Math.min(d.max, Math.max(0, Math.round(mean * 10) / 10)),
      max: d.max,
      comment: entries[0]?.comment.trim() ?? "",
      evidence,
    };
  });

  const totals = outputs.map((o) =>
    computeTotal(rubric.dimensions.map((d) => ({ score: o.dimensions[d.key]?.score ?? 0, max: d.max }))),
  );
  const flags = new Set<TScoreFlag>(outputs.flatMap((o) => o.flags));
  if (args.injectionDetected) flags.add("possible_prompt_injection");
  if (totals.length > 1 && Math.max(...totals) - Math.min(...totals) > CONSISTENCY_TOLERANCE) flags.add("inconsistent");

  const followUp = first.followUp?.trim();
  return {
    total: computeTotal(dimensions),
    dimensions,
    strengths: cleanList(first.strengths),
    improvements: cleanList(first.improvements),
    feedback: first.feedback.trim(),
    sampleAnswer: writeSampleAnswer(input.question, input.rubric, topicPhrase(input.question.text), feedbackText(input.feedbackLanguage)),
    followUp: followUp ? followUp : null,
    flags: [...flags],
    scoredBy: { provider: "openai", model: args.model, rubricVersion: RUBRIC_VERSION },
    tokens: args.tokens,
    latencyMs: args.latencyMs,
    // The prompt asked for the words in this language (prompt.ts).
    language: input.feedbackLanguage ?? "en",
  };
}
