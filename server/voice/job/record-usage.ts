/**
 * Each call to the OpenAI-compatible transcription endpoint goes into ai_usage (purpose
 * "transcription") through the scorer's write-ahead ledger, which the worker wiring hands in
 * (server/worker/job-handlers.ts; voice does not import scoring, which reaches interviews, which
 * reaches voice): a pending row before the upload, so a call cut off by a killed worker still counts,
 * completed with its outcome after. Providers bill audio by the minute, not by tokens: the cost is the
 * audio's minutes times TRANSCRIPTION_PRICE_PER_MINUTE (0 when unset), tokens stay 0.
 */

type TUsage = { provider: "openai"; model: string; inputTokens: number; costUsd: number };

/** The part of the scorer's AiUsageLedger (server/scoring/openai/types.ts) a transcription uses. */
export interface TranscriptionLedger {
  open(estimate: TUsage): Promise<(record: TUsage & { outputTokens: number; latencyMs: number; outcome: "ok" | "error" | "timeout" }) => Promise<void>>;
}

export interface TranscriptionCall {
  model: string;
  /** Length of the audio sent; null when unknown (the cost is then 0). */
  audioSec: number | null;
  pricePerMinuteUsd?: number;
}

export function transcriptionCostUsd(audioSec: number | null, pricePerMinuteUsd: number | undefined): number {
  if (!audioSec || !pricePerMinuteUsd) return 0;
  return (audioSec / 60) * pricePerMinuteUsd;
}

/** Writes the pending row; the returned function completes it (and never throws). */
export async function openTranscriptionUsage(
  ledger: TranscriptionLedger,
  call: TranscriptionCall,
): Promise<(outcome: "ok" | "error" | "timeout", latencyMs: number) => Promise<void>> {
  const usage = { provider: "openai" as const, model: call.model, inputTokens: 0, costUsd: transcriptionCostUsd(call.audioSec, call.pricePerMinuteUsd) };
  const complete = await ledger.open(usage);
  return (outcome, latencyMs) => complete({ ...usage, outputTokens: 0, latencyMs, outcome });
}
