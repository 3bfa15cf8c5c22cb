/**
 * An answer's recording as the REST contract shows it on the answer (api-v1.md shape additions):
 * the transcript that is scored, who wrote it, a short delivery summary, and the answer's own
 * audio address. Derived from the stored row; nothing here is stored twice.
 */
import type { TDeliveryAnalysis } from "@/server/contracts/voice";
import type { TAnswerDeliverySummary, TAnswerTranscriptSource, TAnswerVoiceFields } from "@/server/contracts/voice-answer";
import { failureCodeOf } from "../job/failure-reasons";
import type { TRecordingRow } from "./recording-dto";

const ENGINE_SOURCES = { openai: "openai", pocketsphinx: "offline", browser: "browser" } as const satisfies Record<NonNullable<TRecordingRow["engine"]>, TAnswerTranscriptSource>;

export function answerAudioUrl(answerId: string): string {
  return `/api/v1/answers/${answerId}/audio`;
}

export function deliverySummary(delivery: TDeliveryAnalysis): TAnswerDeliverySummary {
  const fillers = Object.entries(delivery.fillerCounts)
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  return { wordsPerMinute: delivery.wordsPerMinute, fillers, longPauses: delivery.longPauses.length, talkSeconds: delivery.durationSec };
}

type TVoiceRow = Pick<TRecordingRow, "engine" | "transcript" | "correctedTranscript" | "delivery" | "storageKey" | "answerId" | "status" | "failureReason">;

/** All null for a typed answer (no recording); a spoken answer's fields otherwise. */
export function answerVoiceFields(row: TVoiceRow | null): TAnswerVoiceFields {
  if (!row) return { transcript: null, transcriptSource: null, delivery: null, audioUrl: null, transcriptionFailure: null };
  const edited = row.correctedTranscript !== null;
  return {
    transcript: edited ? row.correctedTranscript : row.transcript,
    transcriptSource: edited ? "edited" : row.engine ? ENGINE_SOURCES[row.engine] : null,
    delivery: row.delivery ? deliverySummary(row.delivery) : null,
    audioUrl: row.storageKey && row.answerId ? answerAudioUrl(row.answerId) : null,
    // Until the candidate sends a correction, which is then what is scored.
    transcriptionFailure: row.status === "failed" && !edited && row.failureReason ? { code: failureCodeOf(row.failureReason)!, message: row.failureReason } : null,
  };
}
