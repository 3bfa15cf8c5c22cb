"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Disclosure } from "@/app/_components/score/disclosure";
import type { TInterview } from "@/server/contracts/interviews";
import { LEVEL_NAMES, TRACK_NAMES } from "@/server/contracts/vocabulary/tracks";
import { ScoreCountingChoice } from "../../interviews/_components/score-counting-choice";
import { formatResetDate } from "../format-time";
import { AnswerResult } from "./answer-result";
import { pruneInterview } from "./draft-storage";
import { useHydrated } from "./use-hydrated";

/** A completed or abandoned interview: read-only, with its answers and scores and a link to the report. */
export function InterviewSummary({ interview }: { interview: TInterview }) {
  const hydrated = useHydrated();
  const completed = interview.status === "completed";

  // The safety copies on this device are no longer needed once the server holds them.
  useEffect(() => pruneInterview(interview.id), [interview.id]);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:py-14">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {TRACK_NAMES[interview.track]} · {LEVEL_NAMES[interview.level]}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{completed ? "Interview completed" : "Interview abandoned"}</h1>
      <p className="mt-2 text-slate-700">
        {hydrated ? (
          <>
            Started <time dateTime={interview.startedAt}>{formatResetDate(interview.startedAt)}</time>.{" "}
          </>
        ) : null}
        {completed && interview.overallScore !== null ? (
          <>
            Overall score <strong className="font-semibold text-slate-900">{interview.overallScore}/100</strong>
            {interview.passed === null ? "." : interview.passed ? ` — passed (the bar is ${interview.passThreshold}).` : ` — not passed yet (the bar is ${interview.passThreshold}).`}
          </>
        ) : completed ? null : (
          "This interview is closed: its answers are read-only."
        )}
        {!completed && interview.quotaRefunded ? " It had no answers, so it doesn’t count toward your plan’s interviews." : null}
      </p>
      {completed && interview.overallScore !== null ? <ScoreCountingChoice interviewId={interview.id} counting={interview.scoreCounting} /> : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/interviews/${interview.id}/report`} className={buttonClass("primary")}>
          View the report
        </Link>
        <Link href="/practice" className={buttonClass("secondary")}>
          Start a new interview
        </Link>
      </div>

      <ol className="mt-10 space-y-10">
        {interview.questions.map((question, index) => (
          <li key={question.questionId}>
            <section aria-labelledby={`summary-q-${question.questionId}`}>
              <p className="text-sm font-semibold text-brand-700">Question {index + 1}</p>
              <h2 id={`summary-q-${question.questionId}`} className="mt-1 text-xl font-semibold text-slate-900">
                {question.text}
              </h2>
              <div className="mt-4">
                {question.answer ? (
                  <AnswerResult interviewId={interview.id} question={question} answerId={question.answer.id} />
                ) : (
                  <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-700">{question.status === "skipped" ? "Skipped." : "Not answered."}</p>
                )}
                {question.draft.trim() ? (
                  <div className="mt-3">
                    <Disclosure what="your unsubmitted draft">
                      <p dir="auto" className="whitespace-pre-wrap break-words text-sm text-slate-800">{question.draft}</p>
                    </Disclosure>
                  </div>
                ) : null}
              </div>
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
