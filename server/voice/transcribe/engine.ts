/** What every transcription engine offers: the offline pocketsphinx one and the OpenAI-compatible one. */
import { AppError } from "@/server/errors";

export interface Transcript {
  text: string;
  /** Engine name, shown to the candidate beside the transcript ("pocketsphinx", "openai"…). */
  engine: string;
  durationMs: number;
}

export interface TranscriptionEngine {
  readonly name: string;
  /** Whether the engine can run here (binary installed, key configured); cached by the engine. */
  available(): Promise<boolean>;
  /** Transcribes an audio file; rejects when the signal aborts. `language` (ISO-639-1) is a hint engines may use. */
  transcribe(file: string, signal?: AbortSignal, options?: { language?: string }): Promise<Transcript>;
}

/** The configured engine cannot run here (binary missing, no key): a 503, not a crash. */
export class TranscriptionUnavailableError extends AppError<"SERVICE_UNAVAILABLE"> {
  constructor(engine: string, reason: string) {
    super("SERVICE_UNAVAILABLE", `${engine} is not available: ${reason}`, { retryAfterSeconds: 3600 });
    this.name = "TranscriptionUnavailableError";
  }
}

/**
 * A transcription that did not work, with a reason the candidate can read. `retryable`: a later try may
 * succeed (provider timeout, 5xx, unreachable), so the queue retries; otherwise (unreadable audio, a
 * refused request) the recording fails at once.
 */
export class TranscriptionError extends Error {
  readonly retryable: boolean;
  /** The engine did not answer within its deadline (recorded as a timeout in ai_usage). */
  readonly timedOut: boolean;
  constructor(message: string, options: { retryable: boolean; timedOut?: boolean }) {
    super(message);
    this.name = "TranscriptionError";
    this.retryable = options.retryable;
    this.timedOut = options.timedOut ?? false;
  }
}
