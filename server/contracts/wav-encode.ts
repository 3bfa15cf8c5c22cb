/**
 * 16-bit PCM WAV from mono samples: the one encoder for the browser (a take converted before upload)
 * and the server (pocketsphinx's pieces, test audio). Client-safe (ArrayBuffer and DataView, no
 * Buffer), so it lives with the contracts. Hand-written on purpose: browsers record only compressed
 * formats (webm/opus in Chromium, ogg/opus in Firefox) and have no WAV encoder, the format is a 44-byte
 * header plus samples, and the npm encoders pull in Node's Buffer or whole codec sets. The server
 * reads the result with server/voice/audio/wav.ts (wav-encode.test.ts checks they agree).
 */

/** What the server's offline engine reads best: pocketsphinx's US-English model is trained on 16 kHz mono. */
export const TARGET_SAMPLE_RATE = 16_000;

function writeAscii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
}

/** Mono samples in [-1, 1] → a WAV file (RIFF, PCM format 1, one channel, 16 bits). */
export function encodeWavMono16(samples: Float32Array, sampleRate: number): ArrayBuffer {
  const dataBytes = samples.length * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  writeAscii(view, 0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  writeAscii(view, 8, "WAVE");
  writeAscii(view, 12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  writeAscii(view, 36, "data");
  view.setUint32(40, dataBytes, true);
  let offset = 44;
  for (const sample of samples) {
    const clamped = Math.max(-1, Math.min(1, Number.isFinite(sample) ? sample : 0));
    // Asymmetric range of int16: -32768…32767.
    view.setInt16(offset, clamped < 0 ? Math.round(clamped * 32768) : Math.round(clamped * 32767), true);
    offset += 2;
  }
  return buffer;
}
