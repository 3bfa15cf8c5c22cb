import type { TInterview } from "@/server/contracts/interviews";
import { levelName, pluralize } from "@/app/_components/interview-words";
import { PassBadge } from "../../_components/result-badge";
import { ScoreCountingChoice } from "../../_components/score-counting-choice";
import { ScoreRing } from "@/app/_components/score/score-ring";

/** The headline: the overall score as a ring, and whether it clears the level's pass mark. */
export function ScoreSummary({ interview }: { interview: TInterview }) {
  const score = interview.overallScore ?? 0;
  const passed = interview.passed ?? score >= interview.passThreshold;
  const gap = score - interview.passThreshold;
  const answered = interview.questions.filter((question) => question.answer).length;
  return (
    <section
      aria-labelledby="overall-heading"
      className="break-inside-avoid rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none sm:p-6"
    >
      <h2 id="overall-heading" className="sr-only">
        Overall score
      </h2>
      <div className="flex flex-col items-center gap-6 text-center sm:flex-row sm:text-left">
        <ScoreRing score={score} threshold={interview.passThreshold} passed={passed} />
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-600">Overall score</p>
          <p className="mt-1 text-2xl font-bold text-slate-900" data-testid="overall-score">
            {score}
            <span className="text-base font-medium text-slate-600"> / 100</span>
          </p>
          <div className="mt-3 flex flex-wrap items-center justify-center gap-2 sm:justify-start">
            <PassBadge passed={passed} />
            <span className="text-sm font-medium text-slate-800">
              Pass mark for {levelName(interview.level)}: {interview.passThreshold}
            </span>
          </div>
          <p className="mt-3 max-w-prose text-left text-sm text-slate-700">
            {passed
              ? gap === 0
                ? "You reached the pass mark exactly."
                : `${pluralize(gap, "point")} above the pass mark.`
              : `${pluralize(-gap, "point")} short of the pass mark. The feedback below says where the points are.`}{" "}
            The overall score is the average of your {interview.scoreCounting === "best" ? "best" : "latest"} attempt at each of the{" "}
            {pluralize(interview.questions.length, "question")}
            {answered < interview.questions.length ? "; unanswered and skipped questions count as 0" : ""}.
          </p>
          <ScoreCountingChoice interviewId={interview.id} counting={interview.scoreCounting} />
        </div>
      </div>
    </section>
  );
}
