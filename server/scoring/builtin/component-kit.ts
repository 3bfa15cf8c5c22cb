/**
 * What every signal component is built from: the context it reads, the shape it returns, and the
 * saturating counters that turn counts into 0..1 values. Rubric dimensions are weighted mixes of
 * components (see recipes.ts), which is what makes every score traceable to something the
 * candidate wrote or did not write.
 */
import type { TAnswerChecks } from "@/server/scoring/builtin/flags";
import type { TTextFeatures } from "@/server/scoring/builtin/features";
import type { TPrecision } from "@/server/scoring/builtin/precision";
import type { TTopicMatch } from "@/server/scoring/builtin/topic";

export type TSignalContext = {
  features: TTextFeatures;
  topic: TTopicMatch;
  checks: TAnswerChecks;
  /** Level expectation: targets are multiplied by it, so seniors need more for the same value. */
  expectation: number;
  minimumWords: number;
  precision: TPrecision;
};

export type TComponent = {
  value: number;
  /** What the answer did, in words a candidate understands ("gives 4 concrete numbers"). */
  found: string;
  /** What would raise this component ("name the metric you would move"). */
  missing: string;
  evidence: readonly number[];
  /** Evidence only worth quoting when no other component of the dimension has any (e.g. "on topic"). */
  weakEvidence?: boolean;
};

export type TComponentFn = (ctx: TSignalContext) => TComponent;

/** Saturating progress towards a level-scaled target. */
export function progress(count: number, target: number, expectation: number): number {
  if (count <= 0) return 0;
  return Math.min(1, count / (target * expectation));
}

/** Below this many words the targets shrink with the answer (down to half): precision over volume. */
const FULL_LENGTH = 150;

/**
 * Progress towards a target that scales with the answer's length: a concise answer that names two
 * metrics in 70 words has shown as much as a long one naming four in 200. Never below half the
 * target, so a one-liner with one keyword does not saturate.
 */
export function densityProgress(count: number, target: number, ctx: TSignalContext): number {
  const scale = Math.max(0.5, Math.min(1, ctx.features.proseWordCount / FULL_LENGTH));
  return progress(count, target * scale, ctx.expectation);
}
