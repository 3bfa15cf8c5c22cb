"use client";

import { LanguageNote, questionTextLanguage } from "@/app/_components/content-language";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Disclosure } from "@/app/_components/score/disclosure";
import type { TInterview } from "@/server/contracts/interviews";
import { ScoreCountingChoice } from "../../interviews/_components/score-counting-choice";
import { formatResetDate } from "../format-time";
import { AnswerResult } from "./answer-result";
import { pruneInterview } from "./draft-storage";
import { useHydrated } from "@/app/_components/use-hydrated";

/** A completed or abandoned interview: read-only, with its answers and scores and a link to the report. */
export function InterviewSummary({ interview }: { interview: TInterview }) {
  const t = useTranslations("interview");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  const hydrated = useHydrated();
  const completed = interview.status === "completed";

  // The safety copies on this device are no longer needed once the server holds them.
  useEffect(() => pruneInterview(interview.id), [interview.id]);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:py-14">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {tv(`tracks.${interview.track}`)} · {tv(`levels.${interview.level}`)}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{completed ? t("summary.completed") : t("summary.abandoned")}</h1>
      <p className="mt-2 text-slate-700">
        {hydrated ? (
          <>
            {t.rich("summary.started", { time: () => <time dateTime={interview.startedAt}>{formatResetDate(interview.startedAt, locale)}</time> })}{" "}
          </>
        ) : null}
        {completed && interview.overallScore !== null ? (
          <>
            {t.rich("summary.overall", { score: interview.overallScore, strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong> })}
            {interview.passed === null
              ? "."
              : t(interview.passed ? "summary.passed" : "summary.notPassed", { threshold: interview.passThreshold })}
          </>
        ) : completed ? null : (
          t("summary.closed")
        )}
        {!completed && interview.quotaRefunded ? t("summary.refunded") : null}
      </p>
      <LanguageNote of="interview" language={interview.language} className="mt-2" />
      {completed && interview.overallScore !== null ? <ScoreCountingChoice interviewId={interview.id} counting={interview.scoreCounting} /> : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/interviews/${interview.id}/report`} className={buttonClass("primary")}>
          {t("summary.viewReport")}
        </Link>
        <Link href="/practice" className={buttonClass("secondary")}>
          {t("summary.startNew")}
        </Link>
      </div>

      <ol className="mt-10 space-y-10">
        {interview.questions.map((question, index) => (
          <li key={question.questionId}>
            <section aria-labelledby={`summary-q-${question.questionId}`}>
              <p className="text-sm font-semibold text-brand-700">{t("question", { number: index + 1 })}</p>
              <h2 id={`summary-q-${question.questionId}`} data-user-content lang={questionTextLanguage(question, interview.language)} className="mt-1 text-xl font-semibold text-slate-900">
                {question.text}
              </h2>
              <div className="mt-4">
                {question.answer ? (
                  <AnswerResult interviewId={interview.id} question={question} answerId={question.answer.id} />
                ) : (
                  <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-700">{question.status === "skipped" ? t("summary.skipped") : t("summary.notAnswered")}</p>
                )}
                {question.draft.trim() ? (
                  <div className="mt-3">
                    <Disclosure what={t("summary.draft")}>
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
