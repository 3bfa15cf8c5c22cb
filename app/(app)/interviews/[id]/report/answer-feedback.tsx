import type { TScore, TScoreFlag } from "@/server/scoring/score-schema";

const FLAG_TEXT: Record<TScoreFlag, string> = {
  possible_prompt_injection: "The answer contained instructions aimed at the scorer; they were ignored.",
  off_topic: "The answer seemed to be about something else.",
  too_short: "The answer was too short to judge well.",
  padding: "Much of the answer was filler without substance.",
  no_answer: "There was no real answer to score.",
  ai_fallback: "The AI scorer was unavailable, so the built-in analyzer scored this answer.",
  inconsistent: "The scorer's results disagreed with each other; treat this score with care.",
};

function scorerName(scoredBy: TScore["scoredBy"]): string {
  if (scoredBy.provider === "builtin") return "the built-in analyzer";
  if (scoredBy.provider === "openai") return `an AI model (${scoredBy.model})`;
  return scoredBy.provider;
}

/** A read-only feedback card for one scored attempt: total, skills, notes, sample answer. */
interface AnswerFeedbackProps {
  score: TScore;
  previous?: TScore | null;
  /** Show the interviewer's follow-up (when the candidate has not answered it below). */
  showFollowUp?: boolean;
}

export function AnswerFeedback({ score, previous, showFollowUp = false }: AnswerFeedbackProps) {
  const change = previous ? score.total - previous.total : null;
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 print:bg-white sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-slate-900">Feedback</p>
        <p className="text-sm text-slate-700">
          <span className="text-2xl font-bold text-slate-900">{score.total}</span>
          <span className="text-slate-600">/100</span>
          {change !== null && change !== 0 ? (
            <span className={`ml-2 font-semibold ${change > 0 ? "text-green-800" : "text-amber-900"}`}>
              {change > 0 ? `+${change}` : change} <span className="font-normal">since the previous attempt</span>
            </span>
          ) : null}
        </p>
      </div>

      {score.flags.length > 0 ? (
        <ul className="mt-3 space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {score.flags.map((flag) => (
            <li key={flag}>{FLAG_TEXT[flag]}</li>
          ))}
        </ul>
      ) : null}

      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {score.dimensions.map((dimension) => (
          <div key={dimension.key} className="break-inside-avoid">
            <div className="flex justify-between gap-2 text-sm">
              <dt className="text-slate-700">{dimension.label}</dt>
              <dd className="font-semibold tabular-nums text-slate-900">
                {formatPoints(dimension.score)}/{dimension.max}
              </dd>
            </div>
            <div className="mt-1 h-1.5 rounded-full bg-slate-200 [print-color-adjust:exact]" aria-hidden="true">
              <div className="h-1.5 rounded-full bg-brand-600" style={{ width: `${Math.min(100, (dimension.score / dimension.max) * 100)}%` }} />
            </div>
            {dimension.comment ? <dd className="mt-1 text-sm text-slate-700">{dimension.comment}</dd> : null}
            {dimension.evidence.length > 0 ? (
              <dd className="mt-1 space-y-1">
                {dimension.evidence.map((quote) => (
                  <q key={quote} className="block border-l-2 border-slate-300 pl-2 text-xs italic text-slate-600">
                    {quote}
                  </q>
                ))}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>

      {score.feedback ? <p className="mt-4 text-sm text-slate-800">{score.feedback}</p> : null}

      {score.strengths.length > 0 || score.improvements.length > 0 ? (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {score.strengths.length > 0 ? <NoteList title="What worked" items={score.strengths} /> : null}
          {score.improvements.length > 0 ? <NoteList title="What to improve" items={score.improvements} /> : null}
        </div>
      ) : null}

      {score.sampleAnswer ? (
        <>
          <details className="group mt-4 print:hidden">
            <summary className="cursor-pointer rounded text-sm font-semibold text-brand-700 hover:text-brand-900">Sample answer</summary>
            <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{score.sampleAnswer}</p>
          </details>
          {/* Paper cannot open a disclosure, so print shows the sample answer in full. */}
          <div className="mt-4 hidden print:block">
            <p className="text-sm font-semibold text-slate-900">Sample answer</p>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{score.sampleAnswer}</p>
          </div>
        </>
      ) : null}

      {showFollowUp && score.followUp ? (
        <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-slate-900">
          <strong>The interviewer would ask next:</strong> {score.followUp}
        </p>
      ) : null}

      <p className="mt-4 text-xs text-slate-500">Scored by {scorerName(score.scoredBy)}</p>
    </div>
  );
}

function NoteList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <p className="text-sm font-semibold text-slate-900">{title}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
