/**
 * Any audio the browser can decode (its own recording, a picked file) → 16 kHz mono 16-bit WAV, so the
 * server's offline engine can always read it (it cannot decode opus or mp3). decodeAudioData reads
 * the container, an OfflineAudioContext at 16 kHz downmixes and resamples in one render.
 */
import { encodeWavMono16, TARGET_SAMPLE_RATE } from "@/server/contracts/wav-encode";

export interface TWavResult {
  blob: Blob;
  durationSec: number;
}

/** Thrown when the browser cannot read the audio (an unsupported or damaged file). */
export class AudioDecodeError extends Error {
  constructor() {
    super("audio could not be decoded");
    this.name = "AudioDecodeError";
  }
}

type TOfflineCtor = typeof OfflineAudioContext;

function offlineContextClass(): TOfflineCtor | undefined {
  const scope = globalThis as typeof globalThis & { webkitOfflineAudioContext?: TOfflineCtor };
  return scope.OfflineAudioContext ?? scope.webkitOfflineAudioContext;
}

async function decode(bytes: ArrayBuffer, Offline: TOfflineCtor): Promise<AudioBuffer> {
  // A 1-frame context is enough to decode (decodeAudioData resamples to the context's rate: ours, 16 kHz).
  const decoder = new Offline(1, 1, TARGET_SAMPLE_RATE);
  try {
    return await decoder.decodeAudioData(bytes);
  } catch {
    throw new AudioDecodeError();
  }
}

export async function convertToWav(source: Blob): Promise<TWavResult> {
  const Offline = offlineContextClass();
  if (!Offline) throw new AudioDecodeError();
  const decoded = await decode(await source.arrayBuffer(), Offline);
  const frames = Math.max(1, Math.ceil(decoded.duration * TARGET_SAMPLE_RATE));
  // One output channel: the graph downmixes the source's channels (speakers interpretation).
  const context = new Offline(1, frames, TARGET_SAMPLE_RATE);
  const node = context.createBufferSource();
  node.buffer = decoded;
  node.connect(context.destination);
  node.start();
  const rendered = await context.startRendering();
  const samples = rendered.getChannelData(0);
  return { blob: new Blob([encodeWavMono16(samples, TARGET_SAMPLE_RATE)], { type: "audio/wav" }), durationSec: samples.length / TARGET_SAMPLE_RATE };
}
