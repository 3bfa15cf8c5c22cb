/**
 * Each call to the OpenAI-compatible transcription endpoint goes into ai_usage (purpose
 * "transcription") through the scorer's write-ahead ledger: a pending row before the upload (so a
 * call cut off by a killed worker still counts), completed with its outcome after. Providers bill
 * audio by the minute, not by tokens: the cost is the audio's minutes times
 * TRANSCRIPTION_PRICE_PER_MINUTE (0 when unset), tokens stay 0.
 */
import type { TDatabase } from "@/db";
import { aiUsageLedger } from "@/server/scoring/service/ai-usage-ledger";

export interface TranscriptionCall {
  userId: string;
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
  db: TDatabase,
  call: TranscriptionCall,
): Promise<(outcome: "ok" | "error" | "timeout", latencyMs: number) => Promise<void>> {
  const costUsd = transcriptionCostUsd(call.audioSec, call.pricePerMinuteUsd);
  const complete = await aiUsageLedger(db, { purpose: "transcription", userId: call.userId }).open({
    provider: "openai",
    model: call.model,
    inputTokens: 0,
    costUsd,
  });
  return (outcome, latencyMs) => complete({ provider: "openai", model: call.model, inputTokens: 0, outputTokens: 0, costUsd, latencyMs, outcome });
}
