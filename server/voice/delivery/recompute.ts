/**
 * Delivery analysis again after the candidate corrects the transcript: the words (count, fillers, rate)
 * come from the correction, the timing (length, speaking time, long pauses, suggested length) stays
 * what the audio showed when it was transcribed. No audio is read: the stored analysis keeps the
 * envelope's numbers, so this works after retention has deleted the audio too.
 */
import type { TDeliveryAnalysis } from "@/server/contracts/voice";
import type { AudioAnalysis } from "../audio/envelope";
import { analyseDelivery } from "./analyse";

export interface RecordingTiming {
  /** The analysis stored by the transcription job (null when it had none: no readable audio). */
  delivery: TDeliveryAnalysis | null;
  durationSec: number | null;
}

export interface RecomputeOptions {
  /** The question's suggested length, when the stored analysis has none (SUGGESTED_SPEAKING_SECONDS[track]). */
  suggestedSec?: number | null;
}

/** The envelope's numbers as the job measured them, or undefined when the rate was over the whole duration. */
function storedEnvelope(delivery: TDeliveryAnalysis): AudioAnalysis | undefined {
  if (delivery.rateBasis !== "speaking_time") return undefined;
  return {
    durationSec: delivery.durationSec,
    speakingSec: delivery.speakingSec,
    longPauses: delivery.longPauses,
    segments: [],
    thresholdRms: 0,
    noiseFloorRms: 0,
  };
}

export function recomputeDelivery(recording: RecordingTiming, correctedTranscript: string, options: RecomputeOptions = {}): TDeliveryAnalysis {
  const stored = recording.delivery;
  return analyseDelivery({
    transcript: correctedTranscript,
    audio: stored ? storedEnvelope(stored) : undefined,
    durationSec: stored?.durationSec ?? recording.durationSec ?? undefined,
    suggestedSec: stored?.suggestedSec ?? options.suggestedSec ?? null,
    longPauseSec: stored?.longPauseSec,
  });
}
