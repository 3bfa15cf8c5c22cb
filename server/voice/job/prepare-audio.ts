/**
 * A recording's audio made ready for the engines: copied from storage into a temporary folder (named
 * with its type's extension, which both sox and the OpenAI-compatible endpoint go by), converted to
 * 16 kHz mono WAV when sox can read it, and measured (energy envelope: speaking time, long pauses).
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { TRecordingContentType } from "@/server/contracts/voice";
import { toSpeechWav } from "../audio/convert";
import { type AudioAnalysis, analyseAudio } from "../audio/envelope";
import { parseWav, WavFormatError } from "../audio/wav";
import { ProcessError } from "../run-process";
import type { TRecordingStorage } from "../storage";

/** The part of the recording storage (local folder or S3-compatible) the job reads with. */
export type TAudioSource = Pick<TRecordingStorage, "get">;

const EXTENSIONS: Record<TRecordingContentType, string> = {
  "audio/wav": "wav",
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/mpeg": "mp3",
  "audio/mp4": "mp4",
};

export interface PreparedAudio {
  dir: string;
  /** The bytes as uploaded. */
  original: string;
  /** 16 kHz mono 16-bit WAV, or null when sox could not read the upload (then no envelope either). */
  speechWav: string | null;
  analysis: AudioAnalysis | null;
  /** Why the upload could not be converted (for the failure reason when the engine needs WAV). */
  conversionProblem: string | null;
  cleanup(): Promise<void>;
}

/**
 * Copies and converts (at most a second past `maxSeconds`); rejects only for storage trouble
 * (StorageObjectMissingError when the object is gone; anything else is retried).
 */
export async function prepareAudio(source: TAudioSource, key: string, contentType: TRecordingContentType, signal?: AbortSignal, maxSeconds?: number): Promise<PreparedAudio> {
  const dir = await mkdtemp(path.join(tmpdir(), "rehearse-recording-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const original = path.join(dir, `audio.${EXTENSIONS[contentType]}`);
    await pipeline((await source.get(key)).stream, createWriteStream(original), { signal });
    let speechWav: string | null = null;
    let analysis: AudioAnalysis | null = null;
    let conversionProblem: string | null = null;
    try {
      speechWav = await toSpeechWav(original, path.join(dir, "speech.wav"), signal, maxSeconds);
      analysis = analyseAudio(parseWav(await readFile(speechWav)));
    } catch (error) {
      if (signal?.aborted) throw error;
      // sox refusing the file (a format it lacks, a truncated upload) or a WAV we cannot parse.
      if (!(error instanceof ProcessError && error.reason === "exit") && !(error instanceof WavFormatError)) throw error;
      speechWav = null;
      conversionProblem = error.message;
    }
    return { dir, original, speechWav, analysis, conversionProblem, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
