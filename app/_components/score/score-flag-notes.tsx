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
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 flex-none" fill="currentColor">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.253a.25.25 0 0 1 .244.304l-.459 2.066A1.75 1.75 0 0 0 10.747 15H11a.75.75 0 0 0 0-1.5h-.253a.25.25 0 0 1-.244-.304l.459-2.066A1.75 1.75 0 0 0 9.253 9H9Z"
              clipRule="evenodd"
            />
          </svg>
          <span>
            <span className="sr-only">Note: </span>
            {FLAG_NOTES[flag] ?? flag}
          </span>
        </li>
      ))}
    </ul>
  );
}
