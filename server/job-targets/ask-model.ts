/**
 * One structured call to the configured OpenAI-compatible model for the job-target features: the
 * reply parsed with the given Zod schema (sent as the response format), the call recorded in ai_usage
 * with its cost whatever happened, and any failure answered with null so the caller falls back.
 * Each account has a budget of calls an hour (JOB_AI_PER_USER): every new description is a paid
 * call of up to 30,000 characters, so without one a script saving job targets in a loop would run
 * up the model bill without limit. Past it the caller falls back as on any failure.
 */
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import type { TDbOrTx } from "@/db";
import { getEnv } from "@/server/env";
import { logger } from "@/server/logger";
import { consumeRateLimit, JOB_AI_PER_USER } from "@/server/rate-limit/fixed-window";
import { callCostUsd } from "@/server/scoring/openai/cost";
import type { TModelConfig } from "@/server/scoring/openai/model-config";
import type { AiCallOutcome } from "@/server/scoring/openai/types";
import type { TAiUsageContext } from "@/server/scoring/service/ai-usage-ledger";
import { DEFAULT_PRICES } from "@/server/scoring/service/engine";
import { recordAiUsage } from "@/server/scoring/service/record-ai-usage";

export async function askStructured<S extends z.ZodType>(
  db: TDbOrTx,
  request: { config: TModelConfig; usage: TAiUsageContext; schema: S; name: string; system: string; prompt: string; temperature: number },
): Promise<z.output<S> | null> {
  const { config } = request;
  if (request.usage.userId) {
    const budget = await consumeRateLimit(db, { key: `job-ai:user:${request.usage.userId}`, ...JOB_AI_PER_USER });
    if (!budget.allowed) {
      logger().info({ purpose: request.usage.purpose, userId: request.usage.userId }, "job-target model budget used up; falling back");
      return null;
    }
  }
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs ?? 30_000, maxRetries: 0 });
  const started = performance.now();
  const record = (inputTokens: number, outputTokens: number, outcome: AiCallOutcome) =>
    recordAiUsage(
      db,
      [{ provider: "openai", model: config.model, inputTokens, outputTokens, costUsd: callCostUsd({ ...DEFAULT_PRICES, ...getEnv().AI_PRICES }, config.model, inputTokens, outputTokens), latencyMs: performance.now() - started, outcome }],
      request.usage,
    );
  try {
    const completion = await client.chat.completions.create({
      model: config.model,
      temperature: request.temperature,
      response_format: zodResponseFormat(request.schema as never, request.name),
      messages: [
        { role: "system", content: request.system },
        { role: "user", content: request.prompt },
      ],
    });
    let parsed: z.output<S> | null = null;
    try {
      const result = request.schema.safeParse(JSON.parse(completion.choices[0]?.message.content ?? ""));
      parsed = result.success ? (result.data as z.output<S>) : null;
    } catch {
      parsed = null;
    }
    await record(completion.usage?.prompt_tokens ?? 0, completion.usage?.completion_tokens ?? 0, parsed ? "ok" : "invalid");
    return parsed;
  } catch (error) {
    await record(0, 0, "error");
    logger().warn({ err: error instanceof Error ? error.message : String(error), purpose: request.usage.purpose }, "job-target model call failed; falling back");
    return null;
  }
}
