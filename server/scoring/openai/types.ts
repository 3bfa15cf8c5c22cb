/**
 * Configuration and call records of the OpenAI-compatible scorer. Everything arrives as
 * parameters (the caller reads the environment), so tests can point it at a local fake server.
 */

import type { AiLimiter } from "@/server/scoring/openai/ai-limiter";
import type { ProviderHealth } from "@/server/scoring/openai/provider-health";

/** USD per 1M tokens, per model name. */
export type TPriceTable = Readonly<Record<string, { input: number; output: number }>>;

export type AiCallOutcome = "ok" | "invalid" | "rate_limited" | "error" | "timeout" | "quota";

/** One HTTP call to the model, whatever its outcome: the unit of cost and reliability metrics. */
export type AiCallRecord = {
  provider: "openai";
  model: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  outcome: AiCallOutcome;
};

/** What a call is expected to cost, known before it is sent (the prompt's size, no output yet). */
export type AiCallEstimate = {
  provider: "openai";
  model: string;
  inputTokens: number;
  costUsd: number;
};

/**
 * Where spend is written ahead: `open` stores a pending record of the estimate before the request
 * goes out (so a call cut off by a kill still counts) and returns the function that completes it
 * with the call's real record. Completing must not throw (a failure leaves the estimate standing).
 */
export interface AiUsageLedger {
  open(estimate: AiCallEstimate): Promise<(record: AiCallRecord) => Promise<void>>;
}

/** Per-scoring options: what the scorer cannot know when it is created (whose answer it grades). */
export type TScoreCallOptions = {
  ledger?: AiUsageLedger;
};

export type TOpenAiScorerConfig = {
  apiKey: string;
  /** Any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, Gemini's compatible API...). */
  baseURL?: string;
  model: string;
  /**
   * One deadline for a whole scoring (every call and retry of both grades, response bodies included).
   */
  timeoutMs?: number;
  /** Shared by every scorer of one provider: concurrency cap and Retry-After (ai-limiter.ts). */
  limiter?: AiLimiter;
  /** Shared by every scorer of one provider: while it is down, score with the built-in at once (provider-health.ts). */
  health?: ProviderHealth;
  /** Retries after the first call, for invalid output, rate limits and server errors. */
  maxRetries?: number;
  /** At most 0.2: grading should be as repeatable as the model allows. */
  temperature?: number;
  priceTable: TPriceTable;
  /** Grade twice, keep the mean per dimension and flag totals more than 10 points apart. */
  doubleCheck?: boolean;
  onCall?: (record: AiCallRecord) => void | Promise<void>;
  /** First backoff delay; doubles on each retry. Small in tests. */
  retryBaseDelayMs?: number;
  /** Upper bound for one backoff delay, including a server's Retry-After. */
  retryMaxDelayMs?: number;
  /** Milliseconds clock for latency (defaults to performance.now). */
  now?: () => number;
};

export const OPENAI_DEFAULTS = {
  timeoutMs: 30_000,
  maxRetries: 2,
  temperature: 0,
  doubleCheck: true,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 10_000,
} as const;

export const MAX_TEMPERATURE = 0.2;
