/** The transcript cut into plain runs and filler runs, for marking fillers where they occur. */
import type { TFillerHit } from "@/server/contracts/voice";

export interface TTranscriptRun {
  text: string;
  filler: string | null;
}

/**
 * Hits whose offsets do not point at their own words (a transcript edited after the analysis, an
 * overlap) are left unmarked rather than marking the wrong words.
 */
export function transcriptRuns(transcript: string, fillers: readonly TFillerHit[]): TTranscriptRun[] {
  const runs: TTranscriptRun[] = [];
  let cursor = 0;
  const sorted = [...fillers].sort((a, b) => a.start - b.start);
  for (const hit of sorted) {
    if (hit.start < cursor || hit.end <= hit.start || hit.end > transcript.length) continue;
    if (transcript.slice(hit.start, hit.end).toLowerCase() !== hit.text.toLowerCase()) continue;
    if (hit.start > cursor) runs.push({ text: transcript.slice(cursor, hit.start), filler: null });
    runs.push({ text: transcript.slice(hit.start, hit.end), filler: hit.filler });
    cursor = hit.end;
  }
  if (cursor < transcript.length || runs.length === 0) runs.push({ text: transcript.slice(cursor), filler: null });
  return runs;
}

/** 75.4 → "1:15": a time in the recording. */
export function minutesSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
