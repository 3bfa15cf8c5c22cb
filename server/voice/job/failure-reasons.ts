/**
 * Why a recording was not transcribed, in words a candidate can act on: each names what happened and
 * what to do next (type the answer, record again). Stored in recordings.failureReason (REST shows it
 * as is); failureCodeOf names it by a stable code, which the web app words in the reader's language.
 */
import type { TRecordingFailureCode } from "@/server/contracts/voice";

const TYPE_INSTEAD = "Type your answer instead (your browser's draft transcript, if it made one, is filled in for you).";

export const FAILURE_REASONS = {
  noEngine: `This server has no speech-to-text engine set up, so your recording was not transcribed. ${TYPE_INSTEAD}`,
  audioMissing: `The audio of this recording is no longer stored, so it could not be transcribed. Record again, or ${lower(TYPE_INSTEAD)}`,
  unreadable: `This audio could not be read: it may be cut short, or in a format this server cannot convert (WAV always works). Record again, or ${lower(TYPE_INSTEAD)}`,
  englishOnly: `The speech-to-text engine on this server understands only English, so this answer was not transcribed. ${TYPE_INSTEAD}`,
  tooLong: `This recording is longer than the time limit for one answer, so it was not transcribed. Record a shorter answer, or ${lower(TYPE_INSTEAD)}`,
  noSpeech: `No speech was recognised in this recording. Check that the right microphone is selected and record again, or ${lower(TYPE_INSTEAD)}`,
  gaveUp: `The transcription service did not answer after several tries. Record again later, or ${lower(TYPE_INSTEAD)}`,
} as const satisfies Record<Exclude<TRecordingFailureCode, "engine">, string>;

const CODE_BY_REASON = new Map<string, TRecordingFailureCode>(Object.entries(FAILURE_REASONS).map(([code, reason]) => [reason, code as TRecordingFailureCode]));

/** The stored reason's code; any other stored reason is an engine's own words (engineFailureReason). */
export function failureCodeOf(reason: string | null): TRecordingFailureCode | null {
  if (reason === null) return null;
  return CODE_BY_REASON.get(reason) ?? "engine";
}

function lower(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** An engine's own sentence (a provider refusing the request…) followed by what to do. */
export function engineFailureReason(engineMessage: string): string {
  return `${engineMessage} Record again later, or ${lower(TYPE_INSTEAD)}`;
}
