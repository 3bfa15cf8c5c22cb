/**
 * The scorer this server uses, chosen from the environment: the OpenAI-compatible provider when
 * OPENAI_API_KEY is set, else the built-in analyzer. Both answer through one shape that carries the
 * model-call records, so callers can store cost and outcome whatever the provider.
 */
import { performance } from "node:perf_hooks";
import { createBuiltinScorer } from "@/server/scoring/builtin/builtin-scorer";
import { createAiLimiter } from "@/server/scoring/openai/ai-limiter";
import { createOpenAiScorer, type TOpenAiScoreResult } from "@/server/scoring/openai/openai-scorer";
import { createProviderHealth } from "@/server/scoring/openai/provider-health";
import type { TPriceTable, TScoreCallOptions } from "@/server/scoring/openai/types";
import type { TScoreInput } from "@/server/scoring/scorer";
import { getEnv, type TEnv } from "@/server/env";
import { reportProviderHealth } from "./provider-health-report";

export interface TScoringEngine {
  provider: "builtin" | "openai";
  model: string;
  /** `options.ledger` writes each model call's spend ahead of it (the built-in makes no calls). */
  score(input: TScoreInput, options?: TScoreCallOptions): Promise<TOpenAiScoreResult>;
}

/** USD per 1M tokens. AI_PRICES (JSON, same shape) adds or overrides models. */
export const DEFAULT_PRICES: TPriceTable = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1": { input: 2, output: 8 },
};

let cached: { key: string; engine: TScoringEngine } | undefined;

export function scoringEngine(env: TEnv = getEnv()): TScoringEngine {
  const key = [env.OPENAI_API_KEY, env.OPENAI_BASE_URL, env.AI_MODEL, env.AI_DOUBLE_CHECK, JSON.stringify(env.AI_PRICES), env.AI_TIMEOUT_MS, env.AI_CONCURRENCY].join("|");
  if (cached?.key === key) return cached.engine;
  const engine = buildEngine(env);
  cached = { key, engine };
  return engine;
}

function buildEngine(env: TEnv): TScoringEngine {
  if (env.OPENAI_API_KEY) {
    const scorer = createOpenAiScorer({
      apiKey: env.OPENAI_API_KEY,
      baseURL: env.OPENAI_BASE_URL,
      model: env.AI_MODEL,
      doubleCheck: env.AI_DOUBLE_CHECK,
      priceTable: { ...DEFAULT_PRICES, ...env.AI_PRICES },
      // One deadline per scoring try, under the score-answer job's expiry (queue-registry.ts).
      timeoutMs: env.AI_TIMEOUT_MS,
      limiter: createAiLimiter(env.AI_CONCURRENCY),
      // This process's view of the provider (kept with the cached engine): after a stall or outage,
      // answers get the built-in score at once instead of each waiting out AI_TIMEOUT_MS.
      health: createProviderHealth({ onEvent: reportProviderHealth }),
    });
    return { provider: "openai", model: env.AI_MODEL, score: (input, options) => scorer.scoreWithDetails(input, options) };
  }
  const scorer = createBuiltinScorer({ now: () => performance.now() });
  return {
    provider: "builtin",
    model: "rehearse-analyzer",
    score: async (input) => ({ score: await scorer.score(input), calls: [] }),
  };
}
