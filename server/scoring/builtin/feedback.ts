/**
 * Words for the candidate: a comment per dimension, strengths, improvements and an overall
 * feedback paragraph. Built only from what the signals found or missed, so every sentence can be
 * traced back to the answer.
 */
import type { TAnswerChecks } from "@/server/scoring/builtin/flags";
import type { TWeightedComponent } from "@/server/scoring/builtin/dimension-score";

export type TScoredDimension = {
  key: string;
  label: string;
  max: number;
  score: number;
  /** score / max */
  ratio: number;
  parts: TWeightedComponent[];
};

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Components that went well, strongest first. */
function strongest(parts: readonly TWeightedComponent[]): TWeightedComponent[] {
  return parts.filter((p) => p.component.value >= 0.6).sort((a, b) => b.weight * b.component.value - a.weight * a.component.value);
}

/** Components that cost the most points, biggest loss first. */
function biggestGaps(parts: readonly TWeightedComponent[]): TWeightedComponent[] {
  return parts
    .filter((p) => p.component.value < 0.6)
    .sort((a, b) => b.weight * (1 - b.component.value) - a.weight * (1 - a.component.value));
}

export function writeComment(dimension: TScoredDimension, checks: TAnswerChecks): string {
  if (checks.noAnswer) return "There is no answer to assess here yet.";
  const gaps = biggestGaps(dimension.parts);
  const wins = strongest(dimension.parts);
  const gap = gaps[0]?.component.missing;
  const clearGap = gaps.find((g) => g.component.value < 0.5)?.component.missing;
  if (checks.offTopic) {
    return `The answer is about something other than the question, so this earns no credit. Next step: ${gap ?? "answer the question that was asked"}.`;
  }
  const prefix = checks.tooShort ? "Too short to show much. " : "";
  if (dimension.ratio >= 0.75) {
    const found = wins.slice(0, 2).map((w) => w.component.found).join(" and ");
    return `${prefix}Strong: ${found || "covers what this dimension asks for"}.${clearGap ? ` To reach the top: ${clearGap}.` : ""}`;
  }
  if (dimension.ratio >= 0.45) {
    const found = wins[0]?.component.found;
    return `${prefix}Partly there${found ? `: ${found}` : ""}. Next step: ${gap ?? "go deeper"}.`;
  }
  const second = gaps[1]?.component.missing;
  return `${prefix}Missing: ${gap ?? "substance on this dimension"}${second ? `; also ${second}` : ""}.`;
}

export function writeStrengths(dimensions: readonly TScoredDimension[], checks: TAnswerChecks): string[] {
  if (checks.noAnswer || checks.offTopic) return [];
  return dimensions
    .filter((d) => d.ratio >= 0.6)
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, 3)
    .map((d) => {
      const found = strongest(d.parts)
        .slice(0, 2)
        .map((w) => w.component.found);
      return `${d.label}: ${found.length > 0 ? found.join("; ") : "solid"}.`;
    });
}

export function writeImprovements(dimensions: readonly TScoredDimension[]): string[] {
  return dimensions
    .filter((d) => d.ratio < 0.7)
    .sort((a, b) => a.ratio - b.ratio)
    .slice(0, 3)
    .flatMap((d) => {
      const gap = biggestGaps(d.parts)[0]?.component.missing;
      return gap ? [`${d.label}: ${gap}.`] : [];
    });
}

function verdict(total: number): string {
  if (total >= 80) return "A strong answer.";
  if (total >= 60) return "A solid answer with a few gaps.";
  if (total >= 40) return "A partial answer: the core is there but important parts are missing.";
  if (total >= 20) return "A weak answer: it stays general and misses most of what an interviewer looks for.";
  return "This answer does not yet show what the interviewer is looking for.";
}

export function writeFeedback(input: {
  total: number;
  dimensions: readonly TScoredDimension[];
  checks: TAnswerChecks;
  injected: boolean;
  topic: string;
}): string {
  const { total, dimensions, checks, injected, topic } = input;
  const notes: string[] = [];
  if (checks.noAnswer) {
    notes.push(`There is no real answer to "${topic}" yet. Even a partial attempt earns credit: say how you would start and why.`);
  } else if (checks.offTopic) {
    notes.push(
      `This answer talks about something other than what was asked ("${topic}"), so it cannot earn credit. Re-read the question and answer it directly.`,
    );
  } else {
    notes.push(verdict(total));
    const weakest = [...dimensions].sort((a, b) => a.ratio - b.ratio).slice(0, 2);
    for (const d of weakest) {
      const gap = biggestGaps(d.parts)[0]?.component.missing;
      if (gap && d.ratio < 0.75) notes.push(`${d.label}: ${sentenceCase(gap)}.`);
    }
    if (checks.tooShort) notes.push("The answer is too short to show depth; develop each step with a reason or an example.");
    if (checks.isPadding) {
      notes.push("Much of the answer is general wording (buzzwords, \"always\", \"it is important\") that earns no credit; replace it with what you actually did or would do.");
    }
  }
  if (injected) notes.push("Part of the answer addressed the grader instead of the interviewer; it was ignored for scoring.");
  return notes.join(" ");
}
