/** The few sentences of delivery feedback a candidate reads, built deterministically from the numbers. */
import type { TDeliveryAnalysis } from "@/server/contracts/voice";

/** Above this many fillers per hundred words the summary suggests pausing silently instead. */
const FILLER_ADVICE_PER_HUNDRED = 4;

/** 75 → "1:15". */
export function clock(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function rateSentence(a: Omit<TDeliveryAnalysis, "summary">): string | null {
  if (a.wordsPerMinute === null) return null;
  const wpm = Math.round(a.wordsPerMinute);
  const basis = a.rateBasis === "speaking_time" ? "while speaking" : "over the whole answer";
  if (a.rateVerdict === "fast") return `You spoke at about ${wpm} words per minute ${basis}, which is fast; slowing down a little makes an answer easier to follow.`;
  if (a.rateVerdict === "slow") return `You spoke at about ${wpm} words per minute ${basis}, which is slow; a slightly quicker pace keeps the listener with you.`;
  return `You spoke at about ${wpm} words per minute ${basis}, a comfortable pace.`;
}

function fillerSentences(a: Omit<TDeliveryAnalysis, "summary">): string[] {
  if (a.fillers.length === 0) return ["You used no filler words."];
  const [top, topCount] = Object.entries(a.fillerCounts).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]!;
  const sentences = [
    `You used ${plural(a.fillers.length, "filler word or phrase", "filler words or phrases")} (${a.fillersPerHundredWords} per 100 words); the most frequent was "${top}" (${plural(topCount, "time", "times")}).`,
  ];
  if (a.fillersPerHundredWords > FILLER_ADVICE_PER_HUNDRED) sentences.push("Try a short silent pause where a filler would go: it sounds more confident.");
  return sentences;
}

function pauseSentence(a: Omit<TDeliveryAnalysis, "summary">, hasAudio: boolean): string | null {
  if (!hasAudio) return null;
  if (a.longPauses.length === 0) return `There were no pauses of ${a.longPauseSec} seconds or more.`;
  const longest = a.longPauses.reduce((x, y) => (y.endSec - y.startSec > x.endSec - x.startSec ? y : x));
  const seconds = (longest.endSec - longest.startSec).toFixed(1);
  return `There ${a.longPauses.length === 1 ? "was" : "were"} ${plural(a.longPauses.length, "long pause", "long pauses")} (${a.longPauseSec} seconds or more); the longest lasted ${seconds} seconds at ${clock(longest.startSec)}.`;
}

function talkTimeSentence(a: Omit<TDeliveryAnalysis, "summary">): string | null {
  if (a.suggestedSec === null || a.talkTimeVerdict === null) return null;
  const base = `Your answer lasted ${clock(a.durationSec)} against a suggested ${clock(a.suggestedSec)}`;
  if (a.talkTimeVerdict === "short") return `${base}, which is short; there was room for an example or a result.`;
  if (a.talkTimeVerdict === "long") return `${base}, which is long; try leading with the main point and trimming detail.`;
  return `${base}, which is about right.`;
}

export function deliverySummary(a: Omit<TDeliveryAnalysis, "summary">, hasAudio: boolean): string[] {
  if (a.wordCount === 0) return ["No speech was recognised in this answer, so there is no delivery feedback."];
  return [rateSentence(a), ...fillerSentences(a), pauseSentence(a, hasAudio), talkTimeSentence(a)].filter((s): s is string => s !== null);
}
