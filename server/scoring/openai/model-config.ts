/**
 * Where the configured OpenAI-compatible model is reached: the scorer's grader, the admin's question
 * drafts and the job-target requirement refiner all call it. Null without OPENAI_API_KEY.
 */
import { getEnv } from "@/server/env";

export interface TModelConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs?: number;
}

export function modelConfigFromEnv(): TModelConfig | null {
  const env = getEnv();
  return env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.AI_MODEL } : null;
}
