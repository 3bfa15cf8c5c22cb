/**
 * Words for the candidate: a comment per dimension, strengths, improvements and an overall
 * feedback paragraph, in the candidate's language (feedback-text/). Built only from what the
 * signals found or missed, so every sentence can be traced back to the answer.
 */
import type { TAnswerChecks } from "@/server/scoring/builtin/flags";
import type { TWeightedComponent } from "@/server/scoring/builtin/dimension-score";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";

export type TScoredDimension = {
  key: string;
  label: string;
  max: number;
  score: number;
  /** score / max */
  ratio: number;
  parts: TWeightedComponent[];
};

/** Below this a component is named as a gap; at or above it, it can be praised or quoted. */
const GAP_BELOW = 0.3;
/** From this a component counts as done well. */
const PRAISE_FROM = 0.6;

/**
 * What the comments have said so far, shared across the dimensions of one answer: each piece of
 * praise and advice is given once (the same sentence under three dimensions reads like a template),
 * and a gap is never named when a sentence that shows it is quoted as evidence anywhere on the card.
 */
export type TCommentState = {
  text: TFeedbackText;
  checks: TAnswerChecks;
  /** Sentence indices quoted as evidence under any dimension. */
  quoted: ReadonlySet<number>;
  /** The quotes themselves, one per line. */
  quotedText: string;
  advised: Set<string>;
  praised: Set<string>;
  /** Comments written so far per kind: each next one of a kind takes the next wording, so neighbours do not read alike. */
  written?: Map<"strong" | "partly" | "weak", number>;
};

export type TComment = { comment: string; found: string[]; gaps: string[] };

/**
 * Advice a quote on the card can visibly contradict even when the signal behind it found little
 * (a time like "8:00" is not counted as a concrete number, yet "give concrete numbers" beside it
 * reads as if the analyzer did not read the answer).
 */
const SHOWN_BY_QUOTE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^give concrete numbers/, /\d/],
  [/^state the time and space complexity/, /\bO\([^)]+\)/],
];

function contradictsQuote(advice: string, quotedText: string): boolean {
  return SHOWN_BY_QUOTE.some(([said, shown]) => said.test(advice) && shown.test(quotedText));
}

function labelOf(text: TFeedbackText, key: string, rubricLabel: string): string {
  return text.labels[key] ?? rubricLabel;
}

function verdictOf(text: TFeedbackText, total: number): string {
  const [strong, solid, partial, weak, none] = text.verdicts;
  return total >= 80 ? strong : total >= 60 ? solid : total >= 40 ? partial : total >= 20 ? weak : none;
}

/**
 * Components that went well, strongest first. Generic praise ("stays on the question", "uses precise
 * vocabulary") only when nothing concrete went well: it reads like keyword matching otherwise.
 */
function strongest(parts: readonly TWeightedComponent[]): TWeightedComponent[] {
  const good = parts.filter((p) => p.component.value >= PRAISE_FROM).sort((a, b) => b.weight * b.component.value - a.weight * a.component.value);
  const concrete = good.filter((p) => p.component.weakEvidence !== true);
  return concrete.length > 0 ? concrete : good;
}

/** Components that cost the most points, biggest loss first. */
function biggestGaps(parts: readonly TWeightedComponent[], below = GAP_BELOW): TWeightedComponent[] {
  return parts
    .filter((p) => p.component.value < below)
    .sort((a, b) => b.weight * (1 - b.component.value) - a.weight * (1 - a.component.value));
}

/**
 * One or two whole sentences an interviewer would write about this dimension. An answer with no
 * answer or about another question gets no comment: the feedback paragraph says so once.
 */
export function writeComment(dimension: TScoredDimension, state: TCommentState): TComment {
  const { text, checks } = state;
  const written = (state.written ??= new Map());
  const nextVariant = (kind: "strong" | "partly" | "weak"): number => {
    const count = written.get(kind) ?? 0;
    written.set(kind, count + 1);
    return count;
  };
  if (checks.noAnswer || checks.offTopic) return { comment: "", found: [], gaps: [] };
  const fresh = (g: TWeightedComponent) =>
    !state.advised.has(g.component.missing) && !g.component.evidence.some((i) => state.quoted.has(i)) && !contradictsQuote(g.component.missing, state.quotedText);
  // What the answer shows little of first; then, for a dimension whose clear gaps were advised
  // elsewhere, what it shows only some of (never praised: praise needs 0.6).
  const gaps = [...biggestGaps(dimension.parts).filter(fresh), ...biggestGaps(dimension.parts, PRAISE_FROM).filter((g) => g.component.value >= GAP_BELOW && fresh(g))].map(
    (g) => g.component.missing,
  );
  const wins = strongest(dimension.parts)
    .map((w) => w.component.found)
    .filter((found) => !state.praised.has(found));
  const label = labelOf(text, dimension.key, dimension.label);
  let named: { found: string[]; gaps: string[] };
  let comment: string;
  if (dimension.ratio >= 0.75) {
    named = { found: wins.slice(0, 2), gaps: gaps.slice(0, 1) };
    comment = text.strong(named.found.map(text.phrase), named.gaps[0] ? text.phrase(named.gaps[0]) : null);
  } else if (dimension.ratio >= 0.45) {
    named = { found: wins.slice(0, 1), gaps: gaps.slice(0, 1) };
    comment = text.partly(named.found[0] ? text.phrase(named.found[0]) : null, named.gaps[0] ? text.phrase(named.gaps[0]) : null, label, nextVariant("partly"));
  } else {
    named = { found: [], gaps: gaps.slice(0, 2) };
    comment = text.weak(named.gaps.map(text.phrase), label, nextVariant("weak"));
  }
  for (const f of named.found) state.praised.add(f);
  for (const g of named.gaps) state.advised.add(g);
  return { comment, ...named };
}

/** The dimensions that went well, best first, praised with what their comment praised. */
export function writeStrengths(dimensions: ReadonlyArray<TScoredDimension & TComment>, checks: TAnswerChecks, text: TFeedbackText): string[] {
  if (checks.noAnswer || checks.offTopic) return [];
  return dimensions
    .filter((d) => d.ratio >= 0.6)
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, 3)
    .map((d) => text.strength(labelOf(text, d.key, d.label), d.found.map(text.phrase)));
}

/** The weakest dimensions' first piece of advice, the same one their comment gives. */
export function writeImprovements(dimensions: ReadonlyArray<TScoredDimension & TComment>, checks: TAnswerChecks, text: TFeedbackText): string[] {
  if (checks.offTopic) return [];
  return dimensions
    .filter((d) => d.ratio < 0.7)
    .sort((a, b) => a.ratio - b.ratio)
    .slice(0, 3)
    .flatMap((d) => {
      // With no answer there are no comments; the biggest gap is still the first thing to do.
      const gap = d.gaps[0] ?? (checks.noAnswer ? biggestGaps(d.parts)[0]?.component.missing : undefined);
      return gap ? [text.improvement(labelOf(text, d.key, d.label), text.phrase(gap))] : [];
    });
}

export function writeFeedback(input: {
  total: number;
  dimensions: readonly TScoredDimension[];
  checks: TAnswerChecks;
  injected: boolean;
  topic: string;
  text: TFeedbackText;
}): string {
  const { total, dimensions, checks, injected, topic, text } = input;
  const notes: string[] = [];
  if (checks.noAnswer) {
    notes.push(text.noAnswer(topic));
  } else if (checks.offTopic) {
    notes.push(text.offTopic(topic));
  } else {
    notes.push(verdictOf(text, total));
    // The advice itself is in the dimension comments; the summary only says where the points are.
    const weakest = [...dimensions]
      .sort((a, b) => a.ratio - b.ratio)
      .slice(0, 2)
      .filter((d) => d.ratio < 0.75)
      .map((d) => labelOf(text, d.key, d.label));
    if (weakest.length > 0) notes.push(text.weakest(weakest));
    // Said once here, not under every dimension.
    if (checks.tooShort) notes.push(text.tooShort);
    if (checks.isPadding) notes.push(text.padding);
  }
  if (injected) notes.push(text.injected);
  return notes.join(" ");
}
