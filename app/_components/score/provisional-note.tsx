import type { TScore } from "@/server/contracts/vocabulary/score";

/**
 * Under a provisional score (the built-in analyzer's, given while the AI grader was unavailable):
 * says the AI grader will re-check the answer, so the candidate knows the number may still change.
 * Marked by an icon, words and a dashed border, never by colour alone; announced politely when the
 * score updates in place.
 */
export function ProvisionalNote({ score }: { score: TScore }) {
  if (!score.provisional) return null;
  return (
    <p
      role="status"
      className="mt-5 flex gap-2 rounded-lg border border-dashed border-sky-300 bg-sky-50 p-3 text-sm text-sky-950"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 flex-none" fill="currentColor">
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-13a.75.75 0 0 0-1.5 0v5c0 .2.08.39.22.53l3 3a.75.75 0 1 0 1.06-1.06l-2.78-2.78V5Z"
          clipRule="evenodd"
        />
      </svg>
      <span>
        <strong className="font-semibold">Provisional</strong> — an AI grader will re-check this answer. This score may change when it does.
      </span>
    </p>
  );
}
