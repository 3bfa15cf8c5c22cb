import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import { LabelledSection } from "@/app/_components/labelled-section";
import { ScoreDelta } from "@/app/_components/score/score-delta";
import type { TReviewItem, TReviewQueue } from "@/server/analytics/review-queue";
import { formatDay } from "@/app/_components/format";

function Improvements({ item }: { item: TReviewItem }) {
  const t = useTranslations("progress.review");
  const tv = useTranslations("vocabulary");
  if (item.changes.length === 0) {
    return <p className="mt-3 text-sm text-slate-600">{t("oneAttempt")}</p>;
  }
  const improved = item.changes.filter((change) => change.delta > 0);
  return (
    <div className="mt-3">
      <p className="text-sm font-medium text-slate-800">
        {improved.length > 0
          ? t("better", { skills: improved.map((change) => dimensionName(tv, change.key, change.label)).join(", ") })
          : t("noBetter")}
      </p>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("changes")}>
        {item.changes.map((change) => (
          <li key={change.key} className="inline-flex items-center gap-1.5 rounded-lg bg-slate-50 px-2 py-1 text-xs text-slate-700 ring-1 ring-slate-200">
            {dimensionName(tv, change.key, change.label)}
            <ScoreDelta change={change.delta} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReviewCard({ item }: { item: TReviewItem }) {
  const t = useTranslations("progress.review");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  return (
    <li className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {tv(`tracks.${item.track}`)} · {tv(`levels.${item.level}`)}
      </p>
      <h3 className="mt-1 font-medium text-slate-900">{item.text}</h3>
      <p className="mt-2 text-sm text-slate-700">
        {t.rich("lastScore", {
          score: item.lastScore,
          previous: item.previousScore === null ? "none" : String(item.previousScore),
          attempts: item.attempts,
          due: item.due ? "yes" : "no",
          day: formatDay(item.dueOn, locale),
          strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
        })}
      </p>
      <Improvements item={item} />
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
        <Link
          href={`/practice?track=${item.track}&level=${item.level}&count=1&questions=${item.questionId}&autostart=1`}
          className="inline-block rounded text-sm font-semibold text-brand-700 hover:text-brand-900 hover:underline"
        >
          {t("tryAgain")}
          <span className="sr-only">: {item.text}</span>
        </Link>
        <Link href={`/interviews/${item.interviewId}/report`} className="inline-block rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
          {t("readFeedback")}
          <span className="sr-only">: {item.text}</span>
        </Link>
      </div>
    </li>
  );
}

/** Weak answers coming back on a 1, 3, 7, 14-day schedule: what is due now, and what comes next. */
export function ReviewQueue({ queue }: { queue: TReviewQueue }) {
  const t = useTranslations("progress.review");
  const locale = useLocale();
  return (
    <LabelledSection id="review" title={t("heading")} size="major" lead={t("lead")}>
      {queue.due.length === 0 ? (
        <p className="mt-4 rounded-xl bg-slate-50 p-5 text-slate-700 ring-1 ring-slate-200">
          {t("nothingDue")} {queue.upcoming.length === 0 ? t("willComeBack") : null}
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 lg:grid-cols-2">
          {queue.due.map((item) => (
            <ReviewCard key={item.questionId} item={item} />
          ))}
        </ul>
      )}
      {queue.upcoming.length > 0 ? (
        <div className="mt-6">
          <h3 className="font-semibold text-slate-900">{t("comingUp")}</h3>
          <ul className="mt-2 divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200">
            {queue.upcoming.map((item) => (
              <li key={item.questionId} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <span className="min-w-0 text-slate-800">{item.text}</span>
                <span className="text-slate-600 sm:shrink-0">
                  {t("upcoming", { score: item.lastScore, day: formatDay(item.dueOn, locale) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </LabelledSection>
  );
}
