/** Conversion of any audio sox can read to the 16 kHz mono 16-bit WAV the offline recogniser expects. */
import { readFile } from "node:fs/promises";
import { commandExists, runProcess } from "../run-process";
import { parseWav, WavFormatError } from "./wav";

// The rate the browser converts to before upload, declared once (server/contracts/wav-encode.ts).
import { TARGET_SAMPLE_RATE as SPEECH_SAMPLE_RATE } from "@/server/contracts/wav-encode";

export { SPEECH_SAMPLE_RATE };

let soxPresent: Promise<boolean> | undefined;
/** Checked once per process: the answer cannot change while the server runs. */
export function soxAvailable(): Promise<boolean> {
  soxPresent ??= commandExists("sox");
  return soxPresent;
}

/** True when the file already is 16 kHz mono 16-bit PCM WAV. */
export async function isSpeechWav(file: string): Promise<boolean> {
  try {
    const wav = parseWav(await readFile(file));
    return wav.sampleRate === SPEECH_SAMPLE_RATE && wav.channels === 1;
  } catch (error) {
    if (error instanceof WavFormatError) return false;
    throw error;
  }
}

/**
 * Writes `output` as 16 kHz mono 16-bit WAV. Uses sox when installed; without sox only files already in
 * that format are accepted (and used as they are), with a message saying what to install. With
 * `maxSeconds`, sox stops one second past it: a few MB of low-bitrate audio can hold hours, and only
 * "longer than the limit" needs to be known about the rest.
 */
export async function toSpeechWav(input: string, output: string, signal?: AbortSignal, maxSeconds?: number): Promise<string> {
  if (await soxAvailable()) {
    const trim = maxSeconds ? ["trim", "0", String(maxSeconds + 1)] : [];
    await runProcess("sox", [input, "-r", String(SPEECH_SAMPLE_RATE), "-c", "1", "-b", "16", "-e", "signed-integer", output, ...trim], {
      timeoutMs: 60_000,
      maxOutputBytes: 64 * 1024,
      signal,
    });
    return output;
  }
  if (await isSpeechWav(input)) return input;
  throw new WavFormatError("audio must be 16 kHz mono 16-bit WAV when sox is not installed (Debian package: sox)");
}
