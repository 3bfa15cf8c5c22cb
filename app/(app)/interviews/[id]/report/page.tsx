import Link from "next/link";
import { LanguageNote } from "@/app/_components/content-language";
import { redirect } from "next/navigation";
import { BackLink } from "@/app/_components/back-link";
import { buttonClass } from "@/app/_components/button-styles";
import { getCurrentUser } from "@/app/_components/current-user";
import { isoDuration } from "@/app/_components/interview-words";
import { getTranslations } from "next-intl/server";
import { durationText } from "./use-duration";
import { LocalTime } from "@/app/_components/local-time";
import { loadOwnInterview } from "../../_components/own-interview";
import { DimensionChart } from "./dimension-chart";
import { JobCoverage } from "./job-coverage";
import { NotCompleted } from "./not-completed";
import { PrintButton } from "./print-button";
import { QuestionReport } from "./question-report";
import { dimensionAverages, questionSeconds } from "./report-data";
import { ScoreSummary } from "./score-summary";
import { TimeChart } from "./time-chart";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("report.title");

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The layout has already redirected or answered 404; this is the same cached interview.
  const interview = await loadOwnInterview(id, `/interviews/${id}/report`);
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/interviews/${id}/report`)}`);
  if (interview.status !== "completed") return <NotCompleted interview={interview} />;

  const { dimensions, scoredQuestions } = dimensionAverages(interview.questions);
  const answered = interview.questions.filter((question) => question.answer).length;
  // The total is a sum with unrecorded times as 0; only say "not recorded" when no attempt has a time.
  const timed = interview.questions.some((question) => questionSeconds(question) !== null);
  const [t, tv] = await Promise.all([getTranslations("report"), getTranslations("vocabulary")]);
  const total = timed ? durationText(tv as unknown as Parameters<typeof durationText>[0], interview.timeSpentSeconds) : null;

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 lg:py-12 print:max-w-none print:px-0 print:py-0">
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <BackLink href="/history">{t("allInterviews")}</BackLink>
        <PrintButton />
      </div>

      <header>
        {/* The site header is not printed, so paper says where it came from and whose it is. */}
        <p className="mb-4 hidden border-b border-slate-300 pb-2 text-sm text-slate-600 print:block">{t("printHeader", { name: user.name })}</p>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {tv(`tracks.${interview.track}`)} · {tv(`levels.${interview.level}`)}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
        <LanguageNote of="interview" language={interview.language} className="mt-2" />
        <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">{t("started")}</dt>
            <dd className="font-medium text-slate-900">
              <LocalTime iso={interview.startedAt} format="dateTime" />
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("completed")}</dt>
            <dd className="font-medium text-slate-900">
              {interview.completedAt ? <LocalTime iso={interview.completedAt} format="dateTime" /> : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("questionsAnswered")}</dt>
            <dd className="font-medium text-slate-900">
              {t("answeredOf", { answered, count: interview.questions.length })}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("timeAnswering")}</dt>
            <dd className="font-medium text-slate-900">
              {total ? <time dateTime={isoDuration(interview.timeSpentSeconds)}>{total}</time> : t("notRecorded")}
            </dd>
          </div>
        </dl>
      </header>

      <div className="mt-8 space-y-6">
        <ScoreSummary interview={interview} />
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr] print:grid-cols-1">
          <DimensionChart dimensions={dimensions} scoredQuestions={scoredQuestions} />
          <TimeChart questions={interview.questions} totalSeconds={timed ? interview.timeSpentSeconds : null} />
        </div>
      </div>

      <JobCoverage interviewId={interview.id} />

      <section aria-labelledby="questions-heading" className="mt-10">
        <h2 id="questions-heading" className="text-xl font-bold text-slate-900">
          {t("questionsTitle")}
        </h2>
        <ol className="mt-4 space-y-8">
          {interview.questions.map((question, index) => (
            <li key={question.questionId}>
              <QuestionReport question={question} index={index} interviewLanguage={interview.language} />
            </li>
          ))}
        </ol>
      </section>

      <div className="no-print mt-10 flex flex-wrap gap-3">
        <Link href={`/practice?track=${interview.track}&level=${interview.level}`} className={buttonClass("primary")}>
          {t("practiseAgain")}
        </Link>
        <Link href="/dashboard" className={buttonClass("secondary")}>
          {t("backToDashboard")}
        </Link>
      </div>
    </div>
  );
}
