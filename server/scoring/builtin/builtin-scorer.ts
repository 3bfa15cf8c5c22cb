/**
 * The built-in analyzer behind the Scorer interface: the default scorer and the fallback of every
 * AI provider. Offline and deterministic; latency is only measured when a clock is passed in, so
 * tests and replays get identical output.
 */
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { ZScoreSchema, type TScore } from "@/server/contracts/vocabulary/score";
import type { Scorer, TScoreInput } from "@/server/scoring/scorer";

export type TBuiltinScorerOptions = {
  /** Milliseconds clock (e.g. () => performance.now()); without it latencyMs is 0. */
  now?: () => number;
};

export function createBuiltinScorer(options: TBuiltinScorerOptions = {}): Scorer {
  return {
    id: "builtin",
    async score(input: TScoreInput): Promise<TScore> {
      const started = options.now?.();
      const score = analyzeAnswer(input);
      const latencyMs = started === undefined || !options.now ? 0 : Math.max(0, Math.round((options.now() - started) * 100) / 100);
      return ZScoreSchema.parse({ ...score, latencyMs });
    },
  };
}
