/**
 * The worker's side of the transcribe-recording queue: the configured engine (decided once per
 * process), the configured storage, and the retry policy's end (after the last try, failed with a
 * reason). Registered in server/worker/job-handlers.ts, which also hands in the ai_usage ledger.
 */
import type { TDatabase } from "@/db";
import { getEnv } from "@/server/env";
import type { JobHandler } from "@/server/jobs/worker";
import { recordingStorage } from "../storage";
import { configuredEngine } from "../transcribe/choose-engine";
import { failAfterRetries, transcribeRecording, type TranscribeDeps } from "./transcribe-recording";

export function transcribeRecordingHandler(db: () => TDatabase, overrides: Partial<Omit<TranscribeDeps, "db">> = {}): JobHandler<{ recordingId: string }> {
  const deps = (): TranscribeDeps => ({
    db: db(),
    engine: overrides.engine ?? configuredEngine,
    storage: overrides.storage ?? recordingStorage(),
    pricePerMinuteUsd: overrides.pricePerMinuteUsd ?? getEnv().TRANSCRIPTION_PRICE_PER_MINUTE,
    usageLedger: overrides.usageLedger,
    maxSeconds: overrides.maxSeconds ?? getEnv().VOICE_MAX_SECONDS,
  });
  // Detected when the worker starts (and logged), not on the first recording.
  if (!overrides.engine) void configuredEngine();
  return {
    run: async ({ recordingId }) => {
      await transcribeRecording(deps(), recordingId);
    },
    onFailed: ({ recordingId }, lastError) => failAfterRetries(db(), recordingId, lastError),
  };
}

