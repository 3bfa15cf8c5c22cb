/**
 * The built-in analyzer as a scoring engine under a model name of its own, so the score cache never
 * answers for it; every input it saw and score it gave are kept for the test to read.
 */
import { randomUUID } from "node:crypto";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import type { TScore } from "@/server/contracts/vocabulary/score";
import type { TScoreInput } from "@/server/scoring/scorer";
import type { TScoringEngine } from "@/server/scoring/service/engine";

export function recordingBuiltinEngine(label: string): { engine: TScoringEngine; inputs: TScoreInput[]; produced: TScore[] } {
  const builtin = createBuiltinScorer();
  const inputs: TScoreInput[] = [];
  const produced: TScore[] = [];
  return {
    inputs,
    produced,
    engine: {
      provider: "builtin",
      model: `${label}-${randomUUID()}`,
      async score(input) {
        inputs.push(input);
        const score = await builtin.score(input);
        produced.push(score);
        return { score, calls: [] };
      },
    },
  };
}
