/**
 * What an upload is, from its first bytes (never from its name or Content-Type): one of the audio
 * types we take, or a short description of what was found for the 415. For WAV, the header also
 * gives the byte rate and where the samples start, so the duration is known without decoding.
 */
import { RECORDING_CONTENT_TYPES, type TRecordingContentType } from "@/server/contracts/voice";
import { AppError } from "@/server/errors";

/** Enough for every signature below and a WAV header with a few extra chunks before "data". */
export const SNIFF_BYTES = 4096;

export interface TWavHeader {
  byteRate: number;
  /** Offset of the first sample byte. */
  dataOffset: number;
  /** Bytes of samples the header declares (null when a streaming writer left it open). */
  dataBytes: number | null;
}

const ascii = (bytes: Buffer, start: number, length: number) => bytes.subarray(start, start + length).toString("latin1");

function describeOther(bytes: Buffer): string {
  if (bytes.length === 0) return "an empty body";
  if (ascii(bytes, 0, 4) === "RIFF") return `a RIFF file of type "${ascii(bytes, 8, 4).replace(/[^\x20-\x7e]/g, "?")}"`;
  if (ascii(bytes, 0, 5) === "%PDF-") return "a PDF document";
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === "PNG") return "a PNG image";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "a JPEG image";
  if (ascii(bytes, 0, 4) === "GIF8") return "a GIF image";
  if (ascii(bytes, 0, 4) === "PK\u0003\u0004") return "a ZIP archive (or an Office document)";
  if (ascii(bytes, 0, 4) === "fLaC") return "FLAC audio (not accepted; send WAV, WebM, Ogg, MP3 or MP4 audio)";
  const sample = bytes.subarray(0, 512);
  const textual = sample.every((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 0x20 && byte !== 0x7f));
  return textual ? "plain text" : "unrecognised binary data";
}

/** The audio type of `head` (the upload's first bytes), or UNSUPPORTED_MEDIA_TYPE naming what it is. */
export function sniffAudio(head: Buffer): TRecordingContentType {
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WAVE") return "audio/wav";
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return "audio/webm";
  if (ascii(head, 0, 4) === "OggS") return "audio/ogg";
  if (ascii(head, 0, 3) === "ID3" || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return "audio/mpeg";
  if (ascii(head, 4, 4) === "ftyp") return "audio/mp4";
  const found = describeOther(head);
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", `The upload is ${found}, not audio. Send WAV, WebM, Ogg, MP3 or MP4 audio.`, {
    found,
    accepted: [...RECORDING_CONTENT_TYPES],
  });
}

/** The WAV header's byte rate and where the samples start; a 400 when the header is damaged. */
export function readWavHeader(head: Buffer): TWavHeader {
  let offset = 12;
  let byteRate: number | null = null;
  while (offset + 8 <= head.length) {
    const id = ascii(head, offset, 4);
    const size = head.readUInt32LE(offset + 4);
    if (id === "fmt " && offset + 16 <= head.length) byteRate = head.readUInt32LE(offset + 8 + 8);
    if (id === "data") {
      if (!byteRate) break;
      const open = size === 0 || size === 0xffffffff;
      return { byteRate, dataOffset: offset + 8, dataBytes: open ? null : size };
    }
    offset += 8 + size + (size % 2);
  }
  throw new AppError("VALIDATION_ERROR", "The WAV header is damaged: no format or data chunk in its first bytes.", { reason: "unsupported_audio" });
}

/** Seconds of audio in a WAV of `totalBytes` (the header's own size when it states one). */
export function wavDurationSec(header: TWavHeader, totalBytes: number): number {
  const dataBytes = Math.max(0, Math.min(header.dataBytes ?? Infinity, totalBytes - header.dataOffset));
  return Math.round((dataBytes / header.byteRate) * 100) / 100;
}
