/**
 * PCM WAV reader. Written by hand on purpose: the format we accept (RIFF, uncompressed 16-bit PCM) is a
 * ~40-line job, and the npm WAV parsers are either unmaintained or bundle codecs we do not need. Anything
 * else (float, 8/24-bit, compressed, RIFX) is refused with a message naming what was found.
 */
import { encodeWavMono16 } from "@/server/contracts/wav-encode";
import { AppError } from "@/server/errors";

/** Bad audio is the uploader's mistake: a 400 naming what was found, never a 500. */
export class WavFormatError extends AppError<"VALIDATION_ERROR"> {
  constructor(message: string) {
    super("VALIDATION_ERROR", message, { reason: "unsupported_audio" });
    this.name = "WavFormatError";
  }
}

export interface PcmAudio {
  sampleRate: number;
  /** Channels in the file (the samples below are already downmixed to one). */
  channels: number;
  /** Mono samples in [-1, 1). */
  samples: Float32Array;
  durationSec: number;
}

const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

interface FmtChunk {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  blockAlign: number;
}

function readFmt(buf: Buffer, offset: number, size: number): FmtChunk {
  if (size < 16) throw new WavFormatError(`fmt chunk is ${size} bytes, expected at least 16`);
  let format = buf.readUInt16LE(offset);
  // WAVE_FORMAT_EXTENSIBLE keeps the real format code in the first two bytes of the sub-format GUID.
  if (format === WAVE_FORMAT_EXTENSIBLE && size >= 26) format = buf.readUInt16LE(offset + 24);
  return {
    format,
    channels: buf.readUInt16LE(offset + 2),
    sampleRate: buf.readUInt32LE(offset + 4),
    blockAlign: buf.readUInt16LE(offset + 12),
    bitsPerSample: buf.readUInt16LE(offset + 14),
  };
}

function checkFmt(fmt: FmtChunk): void {
  if (fmt.format !== WAVE_FORMAT_PCM) throw new WavFormatError(`unsupported WAV encoding (format code ${fmt.format}); only 16-bit PCM is accepted`);
  if (fmt.bitsPerSample !== 16) throw new WavFormatError(`unsupported sample size ${fmt.bitsPerSample}-bit; only 16-bit PCM is accepted`);
  if (fmt.channels < 1) throw new WavFormatError("WAV declares zero channels");
  if (fmt.sampleRate < 1000 || fmt.sampleRate > 384_000) throw new WavFormatError(`implausible sample rate ${fmt.sampleRate} Hz`);
  if (fmt.blockAlign !== fmt.channels * 2) throw new WavFormatError(`block align ${fmt.blockAlign} does not match ${fmt.channels} channel(s) of 16-bit samples`);
}

/** Parses a 16-bit PCM WAV held in memory and downmixes it to mono (mean of the channels). */
export function parseWav(buf: Buffer): PcmAudio {
  if (buf.length < 12) throw new WavFormatError("file is too short to be a WAV");
  const riff = buf.toString("ascii", 0, 4);
  if (riff !== "RIFF") throw new WavFormatError(riff === "RIFX" ? "big-endian WAV (RIFX) is not supported" : "not a WAV file (no RIFF header)");
  if (buf.toString("ascii", 8, 12) !== "WAVE") throw new WavFormatError("RIFF file is not WAVE audio");

  let fmt: FmtChunk | undefined;
  let data: { offset: number; size: number } | undefined;
  let offset = 12;
  while (offset + 8 <= buf.length && !data) {
    const id = buf.toString("ascii", offset, offset + 4);
    const declared = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    // Streamed writers (sox to a pipe, some recorders) leave 0 or 0xFFFFFFFF as the data size: read to the end.
    const size = Math.min(declared, buf.length - body);
    if (id === "fmt ") fmt = readFmt(buf, body, size);
    else if (id === "data") data = { offset: body, size };
    offset = body + size + (size % 2);
  }
  if (!fmt) throw new WavFormatError("WAV has no fmt chunk");
  if (!data) throw new WavFormatError("WAV has no data chunk");
  checkFmt(fmt);

  const frames = Math.floor(data.size / fmt.blockAlign);
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    const base = data.offset + i * fmt.blockAlign;
    for (let c = 0; c < fmt.channels; c++) sum += buf.readInt16LE(base + c * 2);
    samples[i] = sum / fmt.channels / 32768;
  }
  return { sampleRate: fmt.sampleRate, channels: fmt.channels, samples, durationSec: frames / fmt.sampleRate };
}

/** Encodes mono samples as a 16-bit PCM WAV, as a Buffer (the shared encoder in server/contracts/wav-encode.ts). */
export function encodeWav(samples: Float32Array, sampleRate: number): Buffer {
  return Buffer.from(encodeWavMono16(samples, sampleRate));
}
