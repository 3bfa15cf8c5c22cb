/**
 * Turns a recipe into a dimension score: the weighted mean of its components, then the answer-level
 * adjustments (relevance, padding, too short, off topic, no answer), in that order.
 */
import type { TComponent, TComponentFn, TSignalContext } from "@/server/scoring/builtin/components";
import type { TRecipe } from "@/server/scoring/builtin/recipes";

export type TWeightedComponent = { weight: number; component: TComponent };

export type TDimensionRaw = {
  /** 0..1 after adjustments. */
  value: number;
  /** 0..1 before adjustments: what the signals alone say. */
  signalValue: number;
  parts: TWeightedComponent[];
};

/**
 * Clear communication of nothing is not good communication: the communication dimension is scaled
 * by how much content the other dimensions found.
 */
export function gateByContent(value: number, contentMean: number): number {
  return value * (0.4 + 0.6 * Math.min(1, contentMean / 0.5));
}

export function evaluateRecipe(recipe: TRecipe, ctx: TSignalContext, cache: Map<TComponentFn, TComponent>): TDimensionRaw {
  const parts = recipe.map(([weight, fn]) => {
    const cached = cache.get(fn);
    const component = cached ?? fn(ctx);
    if (!cached) cache.set(fn, component);
    return { weight, component };
  });
  const totalWeight = parts.reduce((sum, p) => sum + p.weight, 0);
  const signalValue = totalWeight === 0 ? 0 : parts.reduce((sum, p) => sum + p.weight * p.component.value, 0) / totalWeight;
  return { value: adjust(signalValue, ctx), signalValue, parts };
}

/** Off-topic answers are capped to at most a tenth of the scale (≤ 1 of 10). */
export const OFF_TOPIC_CAP = 0.1;
/** A too-short answer cannot show a dimension: at most 15% of it, less the shorter it is. */
export const TOO_SHORT_CAP = 0.15;

/** A coding answer without code or algorithm steps shows at most this much of any dimension. */
export const NO_SOLUTION_CAP = 0.3;

/** Content (in words) from which an answer can show a dimension fully. */
const SUBSTANTIAL_WORDS = 60;

/** What an unrelated but well-built answer keeps of its signals (the rest needs relevance). */
const RELEVANCE_FLOOR = 0.35;

function adjust(signalValue: number, ctx: TSignalContext): number {
  const { checks, features } = ctx;
  if (checks.noAnswer) return 0;
  // Weakly related answers lose most of their credit even when well built: a fluent answer to
  // another question is the costliest mistake a word-based scorer can make.
  let value = signalValue * (RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * checks.relevance);
  // Precision over volume: vague, hedged or stuffed wording scales everything down.
  value *= ctx.precision.factor;
  // Padding costs in proportion to how much of the answer is empty wording.
  value *= 1 - (checks.isPadding ? 0.6 : 0.3) * checks.padding;
  // Two or three sentences cannot show a whole dimension, however dense: below a few sentences'
  // worth of content (code counts, about five characters a word) credit thins out gently.
  const content = features.proseWordCount + features.codeChars / 5;
  value *= Math.sqrt(Math.min(1, content / (SUBSTANTIAL_WORDS * ctx.expectation)));
  if (checks.tooShort) {
    const shortfall = Math.min(1, features.wordCount / Math.max(1, ctx.minimumWords));
    value = Math.min(value * shortfall, TOO_SHORT_CAP * shortfall);
  }
  if (checks.noSolution) value = Math.min(value, NO_SOLUTION_CAP);
  if (checks.offTopic) value = Math.min(value * 0.2, OFF_TOPIC_CAP);
  return Math.max(0, Math.min(1, value));
}
