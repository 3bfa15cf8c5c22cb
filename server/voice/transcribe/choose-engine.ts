/**
 * Which engine transcribes spoken answers here, from TRANSCRIPTION_ENGINE: `auto` picks the
 * OpenAI-compatible endpoint when one is configured (its own key/base URL or the app's OpenAI
 * settings), else pocketsphinx when installed, else none. Decided once per process (the binary and
 * the settings cannot change while it runs), so the page can say before recording who will listen.
 */
import { getEnv, type TEnv } from "@/server/env";
import { logger } from "@/server/logger";
import type { TTranscriptEngine } from "@/server/contracts/voice";
import type { TranscriptionEngine } from "./engine";
import { createOpenAiEngine, type OpenAiTranscriptionConfig } from "./openai-engine";
import { createPocketsphinxEngine } from "./pocketsphinx";

type TServerEngine = Exclude<TTranscriptEngine, "browser">;

export interface EngineChoice {
  /** null: nothing on the server can transcribe; recordings fail with a reason and the candidate types. */
  engine: (TranscriptionEngine & { name: TServerEngine }) | null;
  /** Why this engine (or none): for the start-up log and the README's troubleshooting. */
  why: string;
  /** The OpenAI-compatible model, for the ai_usage record. */
  model?: string;
}

type EngineEnv = Pick<
  TEnv,
  | "TRANSCRIPTION_ENGINE"
  | "TRANSCRIPTION_BASE_URL"
  | "TRANSCRIPTION_API_KEY"
  | "TRANSCRIPTION_MODEL"
  | "TRANSCRIPTION_LANGUAGE"
  | "TRANSCRIPTION_TIMEOUT_MS"
  | "OPENAI_API_KEY"
  | "OPENAI_BASE_URL"
>;

/**
 * The OpenAI-compatible settings, or null when neither a key nor a base URL is set. A self-hosted
 * Whisper server usually wants no key; the SDK insists on one, so a placeholder goes along.
 */
export function openAiTranscriptionConfig(env: EngineEnv): OpenAiTranscriptionConfig | null {
  const baseURL = env.TRANSCRIPTION_BASE_URL ?? env.OPENAI_BASE_URL;
  const apiKey = env.TRANSCRIPTION_API_KEY ?? env.OPENAI_API_KEY;
  if (!apiKey && !env.TRANSCRIPTION_BASE_URL) return null;
  return {
    apiKey: apiKey ?? "no-key",
    baseURL,
    model: env.TRANSCRIPTION_MODEL,
    language: env.TRANSCRIPTION_LANGUAGE,
    timeoutMs: env.TRANSCRIPTION_TIMEOUT_MS,
  };
}

export interface ChooseOptions {
  /** Injected in tests; the real check looks for pocketsphinx_continuous on the PATH. */
  pocketsphinxInstalled?: () => Promise<boolean>;
}

export async function chooseEngine(env: EngineEnv, options: ChooseOptions = {}): Promise<EngineChoice> {
  const wanted = env.TRANSCRIPTION_ENGINE;
  if (wanted === "none") return { engine: null, why: "TRANSCRIPTION_ENGINE=none" };
  if (wanted === "openai" || wanted === "auto") {
    const config = openAiTranscriptionConfig(env);
    if (config) return { engine: { ...createOpenAiEngine(config), name: "openai" }, why: `OpenAI-compatible (${config.model})`, model: config.model };
    if (wanted === "openai") return { engine: null, why: "TRANSCRIPTION_ENGINE=openai but no TRANSCRIPTION_API_KEY, OPENAI_API_KEY or TRANSCRIPTION_BASE_URL" };
  }
  const pocketsphinx = createPocketsphinxEngine({ timeoutMs: env.TRANSCRIPTION_TIMEOUT_MS });
  const installed = await (options.pocketsphinxInstalled ?? (() => pocketsphinx.available()))();
  if (installed) return { engine: { ...pocketsphinx, name: "pocketsphinx" }, why: "pocketsphinx (offline)" };
  return {
    engine: null,
    why:
      wanted === "pocketsphinx"
        ? "TRANSCRIPTION_ENGINE=pocketsphinx but pocketsphinx_continuous is not installed (Debian: pocketsphinx pocketsphinx-en-us)"
        : "no OpenAI-compatible endpoint configured and pocketsphinx not installed",
  };
}

let chosen: Promise<EngineChoice> | undefined;

/** This process's engine, decided on first use and then kept. */
export function configuredEngine(): Promise<EngineChoice> {
  chosen ??= chooseEngine(getEnv()).then((choice) => {
    logger().info({ engine: choice.engine?.name ?? null, why: choice.why }, "transcription engine chosen");
    return choice;
  });
  return chosen;
}

/** Which engine will transcribe a recording made now: "openai", "pocketsphinx", or null (none: the candidate types). */
export async function transcriptionEngineName(): Promise<TServerEngine | null> {
  return (await configuredEngine()).engine?.name ?? null;
}

/** Tests change the environment between cases. */
export function resetConfiguredEngine(): void {
  chosen = undefined;
}
