import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { LocalTime } from "@/app/_components/local-time";
import { PassBadge, StatusBadge } from "../interviews/_components/result-badge";
import { DeleteInterviewButton } from "./delete-interview-button";

/** One interview in the history: a card on phones, a table-like row on wide screens. */
export function HistoryRow({ interview }: { interview: TInterviewSummary }) {
  const t = useTranslations("history.row");
  const tv = useTranslations("vocabulary");
  const track = tv(`tracks.${interview.track}`);
  const level = tv(`levels.${interview.level}`);
  const title = `${track} · ${level}`;
  const headingId = `interview-${interview.id}`;
  const deleteLabel = t("interviewName", { track, level });
  return (
    <article
      aria-labelledby={headingId}
      className="grid gap-x-6 gap-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5 lg:grid-cols-[minmax(0,1fr)_6rem_11rem_15rem] lg:items-center"
    >
      <div className="min-w-0">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {title}
        </h3>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          <LocalTime iso={interview.startedAt} format="dateTime" />
          <StatusBadge status={interview.status} />
        </p>
      </div>

      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm lg:col-span-2 lg:grid lg:grid-cols-[6rem_11rem] lg:gap-x-6">
        <div className="flex items-baseline gap-2 lg:block">
          <dt className="text-slate-600 lg:text-xs">{t("answered")}</dt>
          <dd className="font-medium text-slate-900">{t("answeredValue", { answered: interview.answeredCount, total: interview.questionCount })}</dd>
        </div>
        <div className="flex flex-wrap items-center gap-2 lg:block">
          <dt className="text-slate-600 lg:text-xs">{t("score")}</dt>
          <dd className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
            {interview.status === "completed" && interview.overallScore !== null ? (
              <>
                <span>
                  <span className="text-lg font-bold">{interview.overallScore}</span>
                  <span className="text-slate-600">{tv("outOf100")}</span>
                </span>
                {interview.passed !== null ? <PassBadge passed={interview.passed} /> : null}
              </>
            ) : (
              <span className="text-slate-600">{interview.status === "in_progress" ? t("notFinished") : "—"}</span>
            )}
          </dd>
        </div>
      </dl>

      <div className="flex flex-wrap items-center gap-2 lg:justify-end">
        {interview.status === "completed" ? (
          <Link href={`/interviews/${interview.id}/report`} className={buttonClass("primary", { size: "sm" })}>
            {t("viewReport")}
            <span className="sr-only">{t("forThe", { name: deleteLabel })}</span>
          </Link>
        ) : null}
        {interview.status === "in_progress" ? (
          <Link href={`/practice/${interview.id}`} className={buttonClass("primary", { size: "sm" })}>
            {t("continue")}
            <span className="sr-only">{t("continueThe", { name: deleteLabel })}</span>
          </Link>
        ) : null}
        <DeleteInterviewButton id={interview.id} label={deleteLabel} />
      </div>
    </article>
  );
}
