/**
 * One grade with retries: calls the model until it returns a valid, in-range output, retrying
 * invalid output with exponential backoff. Out-of-quota, timeouts and client errors stop at once,
 * and so does a provider that is down (429, 5xx, unreachable): retries within seconds would only
 * burn calls against it, so the answer gets a provisional built-in score now and the re-grade
 * queue tries again over minutes (server/scoring/service/regrade-answer.ts). Every call is
 * reported as it happens.
 */
import { callModel, type TCallRequest } from "@/server/scoring/openai/call-model";
import type { TModelOutput } from "@/server/scoring/openai/model-output-schema";
import type { AiCallRecord } from "@/server/scoring/openai/types";

/** `answered`: some call of this grade got an answer from the provider (invalid output, a 4xx): it is up, whatever the grade. */
/**
 * `providerDown`: the last failure means the provider is unavailable (the score is provisional, re-graded later).
 * `sentAndDown`: the same, but only for a call that was sent: a call that timed out waiting for our own
 * limiter's slot says nothing about the provider and must not open the health window.
 */
export type TGradeResult = { ok: true; output: TModelOutput } | { ok: false; reason: string; providerDown: boolean; sentAndDown: boolean; answered: boolean };

export type TRetryPolicy = {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

/** Waits, or less when the deadline fires first (the loop then stops). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** Exponential backoff, raised to the server's Retry-After when it asks for longer, within a cap. */
export function backoffMs(attempt: number, policy: TRetryPolicy, retryAfterMs: number | null): number {
  const exponential = policy.baseDelayMs * 2 ** attempt;
  return Math.min(policy.maxDelayMs, Math.max(exponential, retryAfterMs ?? 0));
}

export async function gradeWithRetries(
  request: TCallRequest,
  policy: TRetryPolicy,
  report: (record: AiCallRecord) => Promise<void>,
): Promise<TGradeResult> {
  let lastReason = "no attempt made";
  let providerDown = false;
  let sentAndDown = false;
  let answered = false;
  for (let attempt = 0; attempt <= policy.maxRetries; attempt += 1) {
    const { record, result, sent } = await callModel(request);
    await report(record);
    if (result.ok) return { ok: true, output: result.output };
    if (sent && !result.providerDown) answered = true;
    lastReason = `${result.reason} (after ${attempt + 1} call${attempt === 0 ? "" : "s"})`;
    providerDown = result.providerDown;
    sentAndDown = sent && result.providerDown;
    if (!result.retryable || result.providerDown || attempt === policy.maxRetries) break;
    await sleep(backoffMs(attempt, policy, result.retryAfterMs), request.signal);
    if (request.signal?.aborted) {
      lastReason = `${result.reason}; no time left before the deadline (after ${attempt + 1} call${attempt === 0 ? "" : "s"})`;
      break;
    }
  }
  return { ok: false, reason: lastReason, providerDown, sentAndDown, answered };
}
