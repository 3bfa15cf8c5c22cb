import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { LocalTime } from "@/app/_components/local-time";
import { PassBadge } from "../interviews/_components/result-badge";
import { AsideLink, SectionCard } from "@/app/_components/section-card";

/** The last completed interviews: a column chart of overall scores (oldest left) and the list behind it. */
export function RecentScores({ interviews }: { interviews: TInterviewSummary[] }) {
  const t = useTranslations("dashboard.recent");
  const tv = useTranslations("vocabulary");
  const chronological = [...interviews].reverse();
  const summary = chronological.map((interview) => interview.overallScore ?? 0).join(", ");
  return (
    <SectionCard
      id="recent"
      title={t("title")}
      aside={<AsideLink href="/history?status=completed">{t("all")}</AsideLink>}
    >

      <figure className="mt-5 pl-7">
        <div
          role="img"
          aria-label={t("chartLabel", { count: chronological.length, scores: summary })}
          className="relative flex h-40 items-end gap-3 border-b border-slate-300 px-1 sm:gap-5"
        >
          {/* Gridlines at 50 and 100, so bar heights read as scores. */}
          <span aria-hidden="true" className="absolute inset-x-0 bottom-[80%] border-t border-dashed border-slate-200" />
          <span aria-hidden="true" className="absolute inset-x-0 bottom-[40%] border-t border-dashed border-slate-200" />
          <span aria-hidden="true" className="absolute right-full bottom-[80%] mr-2 translate-y-1/2 text-xs tabular-nums text-slate-500">
            100
          </span>
          <span aria-hidden="true" className="absolute right-full bottom-[40%] mr-2 translate-y-1/2 text-xs tabular-nums text-slate-500">
            50
          </span>
          <span aria-hidden="true" className="absolute right-full bottom-0 mr-2 translate-y-1/2 text-xs tabular-nums text-slate-500">
            0
          </span>
          {chronological.map((interview) => {
            const score = interview.overallScore ?? 0;
            const tone = interview.passed === false ? "bg-amber-500" : "bg-green-600";
            return (
              <div key={interview.id} className="relative flex h-full min-w-0 max-w-16 flex-1 flex-col items-center justify-end">
                <span className="mb-1 text-xs font-semibold tabular-nums text-slate-900">{score}</span>
                <div className={`w-full rounded-t-md ${tone}`} style={{ height: `${Math.max(score, 2) * 0.8}%` }} />
                {/* The pass mark for that interview's level. */}
                <span
                  className="absolute inset-x-0 border-t-2 border-slate-800"
                  style={{ bottom: `${interview.passThreshold * 0.8}%` }}
                />
              </div>
            );
          })}
        </div>
        <div aria-hidden="true" className="mt-1 flex gap-3 px-1 sm:gap-5">
          {chronological.map((interview) => (
            <span key={interview.id} className="min-w-0 max-w-16 flex-1 truncate text-center text-xs text-slate-600">
              <LocalTime iso={interview.completedAt ?? interview.startedAt} format="short" />
            </span>
          ))}
        </div>
        <figcaption className="-ml-7 mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm bg-green-600" /> {tv("passed")}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm bg-amber-500" /> {tv("notPassed")}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="h-0.5 w-3 bg-slate-800" /> {t("passMark")}
          </span>
        </figcaption>
      </figure>

      <ul className="mt-5 divide-y divide-slate-100">
        {interviews.map((interview) => (
          <li key={interview.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 py-3 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
            <div className="min-w-0">
              <Link
                href={`/interviews/${interview.id}/report`}
                className="rounded font-medium text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline"
              >
                {tv(`tracks.${interview.track}`)} · {tv(`levels.${interview.level}`)}
              </Link>
              <p className="text-xs text-slate-600">
                <LocalTime iso={interview.completedAt ?? interview.startedAt} format="date" />
              </p>
            </div>
            <p className="text-right text-sm text-slate-900">
              <span className="text-lg font-bold">{interview.overallScore ?? "—"}</span>
              <span className="text-slate-600">{tv("outOf100")}</span>
            </p>
            {interview.passed !== null ? (
              <div className="col-start-2 justify-self-end sm:col-start-3">
                <PassBadge passed={interview.passed} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
