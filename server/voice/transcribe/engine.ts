/** What every transcription engine offers: the offline pocketsphinx one now, an OpenAI-compatible one next. */

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
  /** Transcribes an audio file; rejects when the signal aborts. */
  transcribe(file: string, signal?: AbortSignal): Promise<Transcript>;
}

export class TranscriptionUnavailableError extends Error {
  constructor(engine: string, reason: string) {
    super(`${engine} is not available: ${reason}`);
    this.name = "TranscriptionUnavailableError";
  }
}
