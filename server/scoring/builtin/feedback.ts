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

/**
 * Components that went well, strongest first. Generic praise ("stays on the question", "uses precise
 * vocabulary") only when nothing concrete went well: it reads like keyword matching otherwise.
 */
function strongest(parts: readonly TWeightedComponent[]): TWeightedComponent[] {
  const good = parts.filter((p) => p.component.value >= 0.6).sort((a, b) => b.weight * b.component.value - a.weight * a.component.value);
  const concrete = good.filter((p) => p.component.weakEvidence !== true);
  return concrete.length > 0 ? concrete : good;
}

/** Components that cost the most points, biggest loss first. */
function biggestGaps(parts: readonly TWeightedComponent[]): TWeightedComponent[] {
  return parts
    .filter((p) => p.component.value < 0.6)
    .sort((a, b) => b.weight * (1 - b.component.value) - a.weight * (1 - a.component.value));
}

/**
 * One or two whole sentences an interviewer would write about this dimension. The gap named is
 * always one the answer shows little of (value below 0.3), so the comment never contradicts a
 * quote picked as evidence for what the answer did.
 */
export function writeComment(dimension: TScoredDimension, checks: TAnswerChecks, used: Set<string> = new Set()): string {
  if (checks.noAnswer) return "There is no answer to assess here yet.";
  // Each piece of advice is given once, in the first dimension it matters to: the same sentence in
  // three comments reads like a template, not an interviewer.
  const gaps = biggestGaps(dimension.parts).filter((g) => g.component.value < 0.3 && !used.has(g.component.missing));
  for (const g of gaps.slice(0, dimension.ratio >= 0.45 ? 1 : 2)) used.add(g.component.missing);
  const wins = strongest(dimension.parts);
  const gap = gaps[0]?.component.missing;
  if (checks.offTopic) {
    return "The answer is about a different question, so it earns no credit here. Answer the question that was asked.";
  }
  const prefix = checks.tooShort ? "The answer is too short to show much here. " : "";
  if (dimension.ratio >= 0.75) {
    const found = wins.slice(0, 2).map((w) => w.component.found).join(" and ");
    return `${prefix}Strong: the answer ${found || "covers what this dimension asks for"}.${gap ? ` To reach the top, ${gap}.` : ""}`;
  }
  if (dimension.ratio >= 0.45) {
    const found = wins[0]?.component.found;
    return `${prefix}${found ? `Partly there: the answer ${found}.` : "Partly there."} Next, ${gap ?? "go one level deeper"}.`;
  }
  const second = gaps[1]?.component.missing;
  return `${prefix}${sentenceCase(gap ?? "give this dimension more substance")}.${second ? ` Also ${second}.` : ""}`;
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
      return `${d.label}: the answer ${found.length > 0 ? found.join(" and ") : "is solid here"}.`;
    });
}

export function writeImprovements(dimensions: readonly TScoredDimension[]): string[] {
  return dimensions
    .filter((d) => d.ratio < 0.7)
    .sort((a, b) => a.ratio - b.ratio)
    .slice(0, 3)
    .flatMap((d) => {
      const gap = biggestGaps(d.parts)[0]?.component.missing;
      return gap ? [`${d.label}: ${sentenceCase(gap)}.`] : [];
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
      `This answer is about a different question from the one asked ("${topic}"), so it cannot earn credit, however well it is told. Re-read the question and answer it directly.`,
    );
  } else {
    notes.push(verdict(total));
    // The advice itself is in the dimension comments; the summary only says where the points are.
    const weakest = [...dimensions]
      .sort((a, b) => a.ratio - b.ratio)
      .slice(0, 2)
      .filter((d) => d.ratio < 0.75)
      .map((d) => d.label.toLowerCase());
    if (weakest.length > 0) {
      notes.push(`Most of the points still open are in ${weakest.join(" and ")}; the note on ${weakest.length === 1 ? "it" : "each"} says what would raise it.`);
    }
    if (checks.tooShort) notes.push("The answer is too short to show depth; develop each step with a reason or an example.");
    if (checks.isPadding) {
      notes.push("Much of the answer is general wording (buzzwords, \"always\", \"it is important\") that earns no credit; replace it with what you actually did or would do.");
    }
  }
  if (injected) {
    notes.push(
      "Part of the answer spoke to the grader instead of the interviewer (asking for a score or claiming a verdict). That text was ignored, and an interviewer would treat it as gaming the interview, so the answer is scored as a poor one.",
    );
  }
  return notes.join(" ");
}
