/**
 * Offline transcription with Debian's pocketsphinx (packages pocketsphinx + pocketsphinx-en-us). Rough by
 * nature, so the flow lets the candidate correct the transcript; this engine only has to be there without
 * any key. Detected once per process.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { toSpeechWav } from "../audio/convert";
import { encodeWav, parseWav } from "../audio/wav";
import { commandExists, runProcess } from "../run-process";
import { splitAtPauses } from "./chunks";
import { type Transcript, type TranscriptionEngine, TranscriptionUnavailableError } from "./engine";

export const POCKETSPHINX_BINARY = "pocketsphinx_continuous";

export interface PocketsphinxOptions {
  /** Upper bound for one transcription (wall time, so it allows for a busy machine). */
  timeoutMs: number;
  /** Bytes of hypothesis text kept (a runaway process cannot fill memory). */
  maxOutputBytes: number;
  /** Extra decoder flags; FAST_DECODER by default. */
  decoderArgs: readonly string[];
  /** Recogniser processes run at once on one long recording (split at pauses); the cores by default. */
  parallel: number;
}

/**
 * Decoder flags that keep a 2-minute answer near the 30 s target: skip the second (flat-lexicon) pass,
 * cap active HMMs per frame and prune words early with a 10-frame phone-loop lookahead. Measured on one 100 s espeak-ng answer
 * (CPU-seconds of user time on a shared 2-core machine; WER against the script):
 * defaults 42.4 s / 0.84; these flags 21.8 s / 0.88; adding "-bestpath no" 20.2 s / 0.95.
 */
export const FAST_DECODER: readonly string[] = ["-fwdflat", "no", "-maxhmmpf", "3000", "-pl_window", "10"];
/** pocketsphinx's own defaults: slower, slightly fewer errors. */
export const FULL_DECODER: readonly string[] = [];

const DEFAULTS: PocketsphinxOptions = { timeoutMs: 300_000, maxOutputBytes: 256 * 1024, decoderArgs: FAST_DECODER, parallel: availableParallelism() };

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

/** The speech WAV itself, or its pieces cut at pauses when it is long enough to decode in parallel. */
async function pieceFiles(wav: string, dir: string, parallel: number): Promise<string[]> {
  const audio = parseWav(await readFile(wav));
  const pieces = splitAtPauses(audio, parallel);
  if (pieces.length === 1) return [wav];
  return Promise.all(
    pieces.map(async (samples, i) => {
      const piece = path.join(dir, `piece-${i}.wav`);
      await writeFile(piece, encodeWav(samples, audio.sampleRate));
      return piece;
    }),
  );
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
        const files = await pieceFiles(wav, dir, Math.max(1, opts.parallel));
        // One failing piece stops the others instead of letting them run on.
        const failed = new AbortController();
        const both = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
        const outputs = await Promise.all(
          files.map((piece) =>
            runProcess(POCKETSPHINX_BINARY, ["-infile", piece, "-logfn", "/dev/null", ...opts.decoderArgs], {
              timeoutMs: opts.timeoutMs,
              maxOutputBytes: opts.maxOutputBytes,
              signal: both,
            }).catch((error: unknown) => {
              failed.abort();
              throw error;
            }),
          ),
        );
        const stdout = outputs.join("\n");
        return { text: parseHypothesis(stdout), engine: "pocketsphinx", durationMs: Date.now() - started };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
