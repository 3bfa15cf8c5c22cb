/**
 * Transcription through an OpenAI-compatible /audio/transcriptions endpoint (OpenAI's Whisper, or a
 * self-hosted Whisper server) with the official SDK. One deadline covers the whole call, response body
 * included: the SDK's own timeout stops at the headers, so a server that sends 200 and then stalls
 * would otherwise hold the job until it expires (the scorer had that bug, call-model.ts). Retries are
 * the queue's (the SDK's are off), so a provider outage backs off over the job's retries.
 */
import { createReadStream } from "node:fs";
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { type Transcript, type TranscriptionEngine, TranscriptionError } from "./engine";

export interface OpenAiTranscriptionConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** ISO-639-1 language forced for every recording (TRANSCRIPTION_LANGUAGE); unset: the caller's hint, else the provider detects it. */
  language?: string;
  /** One deadline for the whole call, body included. */
  timeoutMs: number;
}

/** What went wrong, as a candidate-facing reason and whether a later try may succeed. */
export function classifyOpenAiError(error: unknown, deadlinePassed: boolean): TranscriptionError {
  if (deadlinePassed || error instanceof APIConnectionTimeoutError) {
    return new TranscriptionError("The transcription service did not answer in time.", { retryable: true, timedOut: true });
  }
  if (error instanceof APIError && error.status === 429) {
    const quota = error.code === "insufficient_quota" || error.type === "insufficient_quota";
    return quota
      ? new TranscriptionError("The transcription service's account is out of quota.", { retryable: false })
      : new TranscriptionError("The transcription service is busy (rate limited).", { retryable: true });
  }
  if (error instanceof APIError && typeof error.status === "number") {
    if (error.status >= 500) return new TranscriptionError(`The transcription service failed (HTTP ${error.status}).`, { retryable: true });
    if (error.status === 401 || error.status === 403 || error.status === 404) {
      return new TranscriptionError(`The transcription service refused the request (HTTP ${error.status}); it is not set up correctly.`, { retryable: false });
    }
    return new TranscriptionError(`The transcription service could not read this audio (HTTP ${error.status}).`, { retryable: false });
  }
  if (error instanceof APIConnectionError) return new TranscriptionError("The transcription service could not be reached.", { retryable: true });
  if (error instanceof TranscriptionError) return error;
  return new TranscriptionError("The transcription service's answer could not be read.", { retryable: true });
}

export function createOpenAiEngine(config: OpenAiTranscriptionConfig): TranscriptionEngine {
  // No retries in the SDK: the queue retries with backoff and marks the recording failed after the last try.
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, maxRetries: 0, timeout: config.timeoutMs });
  return {
    name: "openai",
    available: () => Promise.resolve(true),
    async transcribe(file: string, signal?: AbortSignal, options: { language?: string } = {}): Promise<Transcript> {
      const started = Date.now();
      const language = config.language ?? options.language;
      const deadline = AbortSignal.timeout(config.timeoutMs);
      const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
      try {
        const result = await client.audio.transcriptions.create(
          { file: createReadStream(file), model: config.model, ...(language ? { language } : {}) },
          { signal: both },
        );
        if (typeof result?.text !== "string") throw new TranscriptionError("The transcription service's answer had no text.", { retryable: true });
        return { text: result.text.trim(), engine: "openai", durationMs: Date.now() - started };
      } catch (error) {
        if (signal?.aborted) throw error;
        throw classifyOpenAiError(error, deadline.aborted);
      }
    },
  };
}
