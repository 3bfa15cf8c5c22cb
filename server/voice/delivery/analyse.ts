/**
 * Delivery analysis of a spoken answer: speaking rate, fillers, long pauses and talk time. Pure and
 * deterministic: the same transcript and envelope always give the same result and the same sentences.
 */
import type { TDeliveryAnalysis } from "@/server/contracts/voice";
import { type AudioAnalysis, DEFAULT_ENVELOPE_OPTIONS } from "../audio/envelope";
import { deliverySummary } from "./feedback";
import { detectFillers } from "./fillers";
import { tokenize } from "./tokens";

export interface DeliveryInput {
  transcript: string;
  /** The recording's envelope; without it the rate is measured over durationSec. */
  audio?: AudioAnalysis;
  /** Length of the answer when there is no audio envelope (for example a browser-side timer). */
  durationSec?: number;
  /** The question's suggested answer length. */
  suggestedSec?: number | null;
  /** The long-pause threshold the envelope was computed with (reported back to the reader). */
  longPauseSec?: number;
}

/**
 * Words per minute over speaking time. Pauses are left out, so conversational speech measures higher here
 * (about 140–190) than the "words per minute" of a whole talk.
 */
export const RATE_BOUNDS = { slowBelow: 120, fastAbove: 200 } as const;
/** Talk time counts as on target between half and one and a half times the suggested length. */
export const TALK_TIME_BOUNDS = { shortBelow: 0.5, longAbove: 1.5 } as const;

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function analyseDelivery(input: DeliveryInput): TDeliveryAnalysis {
  const tokens = tokenize(input.transcript);
  const fillers = detectFillers(input.transcript, tokens);
  const durationSec = input.audio?.durationSec ?? Math.max(0, input.durationSec ?? 0);
  const speakingSec = input.audio?.speakingSec ?? durationSec;
  const wordCount = tokens.length;
  const wordsPerMinute = wordCount > 0 && speakingSec > 0 ? round1((wordCount / speakingSec) * 60) : null;
  const rateVerdict =
    wordsPerMinute === null ? null : wordsPerMinute < RATE_BOUNDS.slowBelow ? "slow" : wordsPerMinute > RATE_BOUNDS.fastAbove ? "fast" : "good";

  const suggestedSec = input.suggestedSec && input.suggestedSec > 0 ? input.suggestedSec : null;
  let talkTimeVerdict: TDeliveryAnalysis["talkTimeVerdict"] = null;
  if (suggestedSec !== null && durationSec > 0) {
    const ratio = durationSec / suggestedSec;
    talkTimeVerdict = ratio < TALK_TIME_BOUNDS.shortBelow ? "short" : ratio > TALK_TIME_BOUNDS.longAbove ? "long" : "on_target";
  }

  const fillerCounts: Record<string, number> = {};
  for (const hit of fillers) fillerCounts[hit.filler] = (fillerCounts[hit.filler] ?? 0) + 1;

  const result: Omit<TDeliveryAnalysis, "summary"> = {
    wordCount,
    durationSec: round1(durationSec),
    speakingSec: round1(speakingSec),
    rateBasis: input.audio ? "speaking_time" : "duration",
    wordsPerMinute,
    rateVerdict,
    fillers,
    fillerCounts,
    fillersPerHundredWords: wordCount > 0 ? round1((fillers.length / wordCount) * 100) : 0,
    longPauses: input.audio?.longPauses ?? [],
    longPauseSec: input.longPauseSec ?? DEFAULT_ENVELOPE_OPTIONS.longPauseSec,
    suggestedSec,
    talkTimeVerdict,
  };
  return { ...result, summary: deliverySummary(result, input.audio !== undefined) };
}
