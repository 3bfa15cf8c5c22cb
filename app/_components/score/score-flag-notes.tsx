import { SolidIcon } from "@/app/_components/icons";
import type { TScoreFlag } from "@/server/contracts/vocabulary/score";

/** What each flag means for the candidate, in plain words. */
export const FLAG_NOTES: Record<TScoreFlag, string> = {
  possible_prompt_injection: "This answer contained text addressed to the grader; it was ignored.",
  off_topic: "Off-topic: this answer doesn’t seem to address the question that was asked.",
  too_short: "Too short to judge well: a fuller answer gives the scorer more to go on.",
  padding: "Parts of this answer are filler or repetition; only the substance counted.",
  no_answer: "We couldn’t find an answer to the question in this text.",
  ai_fallback: "The AI scorer was unavailable, so the built-in analyzer scored this answer instead.",
  inconsistent: "The AI scorer’s grades varied between runs; this score will be double-checked.",
};

export function ScoreFlagNotes({ flags }: { flags: readonly TScoreFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul aria-label="Notes about this score" className="space-y-2">
      {flags.map((flag) => (
        <li key={flag} className="flex gap-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          <SolidIcon name="informationCircle" />
          <span>
            <span className="sr-only">Note: </span>
            {FLAG_NOTES[flag] ?? flag}
          </span>
        </li>
      ))}
    </ul>
  );
}
