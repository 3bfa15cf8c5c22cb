import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import type { TInterview } from "@/server/contracts/interviews";
import { levelName, pluralize, trackName } from "@/app/_components/interview-words";

/** Shown instead of a report when the interview never reached the end. */
export function NotCompleted({ interview }: { interview: TInterview }) {
  const answered = interview.questions.filter((question) => question.answer).length;
  const inProgress = interview.status === "in_progress";
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {trackName(interview.track)} · {levelName(interview.level)}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        {inProgress ? "This interview isn’t finished yet" : "This interview was abandoned"}
      </h1>
      <p className="mt-4 text-slate-700">
        You answered {answered} of {pluralize(interview.questions.length, "question")}.{" "}
        {inProgress
          ? "The report with your overall score and feedback appears once you complete the interview."
          : "It stopped before it was completed, so it has no overall score or report."}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={`/practice/${interview.id}`} className={buttonClass("primary")}>
          {inProgress ? "Continue the interview" : "Open the interview"}
        </Link>
        <Link href="/history" className={buttonClass("secondary")}>
          Back to your history
        </Link>
      </div>
    </div>
  );
}
