/**
 * One HTTP call to the model and what became of it: a validated output, or a classified failure
 * (retryable or not) with the call's record for cost and reliability metrics.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { zodResponseFormat } from "openai/helpers/zod";
import { callCostUsd } from "@/server/scoring/openai/cost";
import { findRangeProblem, modelOutputSchema, type TModelOutput } from "@/server/scoring/openai/model-output-schema";
import type { AiLimiter } from "@/server/scoring/openai/ai-limiter";
import { estimateInputTokens } from "@/server/scoring/openai/estimate-tokens";
import type { AiCallOutcome, AiCallRecord, AiUsageLedger, TPriceTable } from "@/server/scoring/openai/types";
import type { TRubric } from "@/server/contracts/vocabulary/rubrics";

export type TCallResult =
  | { ok: true; output: TModelOutput }
  | {
      ok: false;
      outcome: Exclude<AiCallOutcome, "ok">;
      retryable: boolean;
      /**
       * The provider itself is unavailable (timeout, 429, 5xx, unreachable): retrying within seconds
       * would only burn calls. The caller gives a provisional built-in score and re-grades later.
       */
      providerDown: boolean;
      reason: string;
      retryAfterMs: number | null;
    };

export type TCallRequest = {
  client: OpenAI;
  model: string;
  temperature: number;
  priceTable: TPriceTable;
  rubric: TRubric;
  messages: ChatCompletionMessageParam[];
  now: () => number;
  /**
   * The scoring try's one deadline. Passed to the SDK request, so it also aborts a response whose
   * headers arrived but whose body stalls (the SDK's own timeout stops at the headers).
   */
  signal?: AbortSignal;
  /** The provider's concurrency cap and Retry-After pause (ai-limiter.ts). */
  limiter?: AiLimiter;
  /** Spend written ahead of each call and completed after it (types.ts). */
  ledger?: AiUsageLedger;
};

/** The ledger could not store the pending record: the call is not made, so nothing goes unrecorded. */
class LedgerUnavailableError extends Error {}

/** Retry-After in ms from an error's headers (retry-after-ms or retry-after seconds), if any. */
function retryAfterMs(error: APIError): number | null {
  const headers = error.headers;
  const ms = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const seconds = Number(headers?.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}

function classifyError(error: unknown): Extract<TCallResult, { ok: false }> {
  if (error instanceof APIConnectionTimeoutError) {
    // Not retried: another full timeout would keep the candidate waiting; the built-in answers now.
    return { ok: false, outcome: "timeout", retryable: false, providerDown: true, reason: "the model did not answer in time", retryAfterMs: null };
  }
  if (error instanceof APIError && error.status === 429) {
    const quota = error.code === "insufficient_quota" || error.type === "insufficient_quota";
    return quota
      ? { ok: false, outcome: "quota", retryable: false, providerDown: false, reason: "the provider account is out of quota", retryAfterMs: null }
      : { ok: false, outcome: "rate_limited", retryable: true, providerDown: true, reason: "rate limited by the provider", retryAfterMs: retryAfterMs(error) };
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const serverSide = error.status >= 500;
    return {
      ok: false,
      outcome: "error",
      retryable: serverSide,
      providerDown: serverSide,
      reason: `provider answered HTTP ${error.status}`,
      retryAfterMs: serverSide ? retryAfterMs(error) : null,
    };
  }
  if (error instanceof APIConnectionError) {
    return { ok: false, outcome: "error", retryable: true, providerDown: true, reason: "could not reach the provider", retryAfterMs: null };
  }
  if (error instanceof LedgerUnavailableError) {
    return { ok: false, outcome: "error", retryable: false, providerDown: false, reason: "could not record the call's spend, so it was not made", retryAfterMs: null };
  }
  return { ok: false, outcome: "error", retryable: false, providerDown: false, reason: error instanceof Error ? error.message : "unknown error", retryAfterMs: null };
}

function invalid(reason: string): Extract<TCallResult, { ok: false }> {
  return { ok: false, outcome: "invalid", retryable: true, providerDown: false, reason: `invalid model output: ${reason}`, retryAfterMs: null };
}

function parseOutput(content: string, rubric: TRubric): TCallResult {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return invalid("not JSON");
  }
  const parsed = modelOutputSchema(rubric).safeParse(json);
  if (!parsed.success) return invalid(`does not match the schema (${parsed.error.issues[0]?.message ?? "unknown issue"})`);
  const rangeProblem = findRangeProblem(parsed.data, rubric);
  return rangeProblem ? invalid(rangeProblem) : { ok: true, output: parsed.data };
}

/** `sent`: the request went out (a call that failed waiting for its slot or its ledger row did not reach the provider). */
export async function callModel(request: TCallRequest): Promise<{ record: AiCallRecord; result: TCallResult; sent: boolean }> {
  const started = request.now();
  let inputTokens = 0;
  let outputTokens = 0;
  let result: TCallResult;
  const estimatedInputTokens = estimateInputTokens(request.messages);
  let complete: ((record: AiCallRecord) => Promise<void>) | undefined;
  let sent = false;
  try {
    const send = async () => {
      // Inside the limiter's slot, right before the request: a call still waiting for a slot (and
      // perhaps never made) is not spend yet.
      if (request.ledger) {
        complete = await request.ledger
          .open({
            provider: "openai",
            model: request.model,
            inputTokens: estimatedInputTokens,
            costUsd: callCostUsd(request.priceTable, request.model, estimatedInputTokens, 0),
          })
          .catch((error: unknown) => {
            throw new LedgerUnavailableError(error instanceof Error ? error.message : String(error));
          });
      }
      sent = true;
      return request.client.chat.completions.create(
        {
          model: request.model,
          temperature: request.temperature,
          messages: request.messages,
          response_format: zodResponseFormat(modelOutputSchema(request.rubric), "rubric_score"),
        },
        { signal: request.signal },
      );
    };
    const completion = await (request.limiter ? request.limiter.run(send, request.signal) : send());
    inputTokens = completion.usage?.prompt_tokens ?? 0;
    outputTokens = completion.usage?.completion_tokens ?? 0;
    const choice = completion.choices[0];
    if (!choice) result = invalid("no choices");
    else if (choice.message.refusal) result = invalid("the model refused");
    else if (choice.finish_reason === "length") result = invalid("cut off at the token limit");
    else if (choice.finish_reason === "content_filter") result = invalid("stopped by the content filter");
    else if (!choice.message.content) result = invalid("empty content");
    else result = parseOutput(choice.message.content, request.rubric);
  } catch (error) {
    result = request.signal?.aborted
      ? {
          ok: false,
          outcome: "timeout",
          retryable: false,
          providerDown: true,
          reason: "the model did not answer in time (the scoring deadline passed)",
          retryAfterMs: null,
        }
      : classifyError(error);
    // A request cut off after it was sent has likely been billed for its prompt: count the estimate.
    if (sent && result.outcome === "timeout") inputTokens = estimatedInputTokens;
    // Everyone waits out the provider's Retry-After, not only this call's own retry.
    if (!result.ok && result.outcome === "rate_limited" && result.retryAfterMs) request.limiter?.pauseFor(result.retryAfterMs);
  }
  const record: AiCallRecord = {
    provider: "openai",
    model: request.model,
    inputTokens,
    outputTokens,
    costUsd: callCostUsd(request.priceTable, request.model, inputTokens, outputTokens),
    latencyMs: Math.max(0, Math.round((request.now() - started) * 100) / 100),
    outcome: result.ok ? "ok" : result.outcome,
  };
  await complete?.(record);
  return { record, result, sent };
}
