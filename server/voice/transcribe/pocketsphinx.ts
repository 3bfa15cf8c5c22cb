/**
 * Offline transcription with Debian's pocketsphinx (packages pocketsphinx + pocketsphinx-en-us). Rough by
 * nature, so the flow lets the candidate correct the transcript; this engine only has to be there without
 * any key. Detected once per process.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { toSpeechWav } from "../audio/convert";
import { commandExists, runProcess } from "../run-process";
import { type Transcript, type TranscriptionEngine, TranscriptionUnavailableError } from "./engine";

export const POCKETSPHINX_BINARY = "pocketsphinx_continuous";

export interface PocketsphinxOptions {
  /** Upper bound for one transcription; a 2-minute answer takes about 10–20 s on two cores. */
  timeoutMs: number;
  /** Bytes of hypothesis text kept (a runaway process cannot fill memory). */
  maxOutputBytes: number;
}

const DEFAULTS: PocketsphinxOptions = { timeoutMs: 120_000, maxOutputBytes: 256 * 1024 };

/**
 * pocketsphinx_continuous prints one hypothesis line per utterance it segments. Markers it may leave
 * (<s>, <sil>, [NOISE], alternate-pronunciation suffixes like "the(2)") are removed.
 */
export function parseHypothesis(stdout: string): string {
  return stdout
    .split("\n")
    .flatMap((line) => line.trim().split(/\s+/))
    .filter((word) => word && !/^(<.*>|\[.*\]|\+\+.*\+\+)$/.test(word))
    .map((word) => word.replace(/\(\d+\)$/, ""))
    .join(" ");
}

export function createPocketsphinxEngine(options: Partial<PocketsphinxOptions> = {}): TranscriptionEngine {
  const opts = { ...DEFAULTS, ...options };
  let present: Promise<boolean> | undefined;
  const available = (): Promise<boolean> => {
    present ??= commandExists(POCKETSPHINX_BINARY);
    return present;
  };
  return {
    name: "pocketsphinx",
    available,
    async transcribe(file: string, signal?: AbortSignal): Promise<Transcript> {
      if (!(await available())) throw new TranscriptionUnavailableError("pocketsphinx", "install the Debian packages pocketsphinx and pocketsphinx-en-us");
      const started = Date.now();
      const dir = await mkdtemp(path.join(tmpdir(), "rehearse-asr-"));
      try {
        const wav = await toSpeechWav(file, path.join(dir, "speech.wav"), signal);
        const stdout = await runProcess(POCKETSPHINX_BINARY, ["-infile", wav, "-logfn", "/dev/null"], {
          timeoutMs: opts.timeoutMs,
          maxOutputBytes: opts.maxOutputBytes,
          signal,
        });
        return { text: parseHypothesis(stdout), engine: "pocketsphinx", durationMs: Date.now() - started };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
