import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import type { TInterviewSummary } from "@/server/contracts/interviews";
import { LocalTime } from "@/app/_components/local-time";

export function ContinueCard({ interview }: { interview: TInterviewSummary }) {
  const t = useTranslations("dashboard.continue");
  const tv = useTranslations("vocabulary");
  const progress = interview.questionCount > 0 ? interview.answeredCount / interview.questionCount : 0;
  return (
    <section
      aria-labelledby="continue-heading"
      className="flex flex-col gap-4 rounded-xl bg-brand-50 p-5 ring-1 ring-brand-100 sm:flex-row sm:items-center sm:justify-between sm:p-6"
    >
      <div className="min-w-0">
        <h2 id="continue-heading" className="text-lg font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {tv(`tracks.${interview.track}`)} · {tv(`levels.${interview.level}`)} · {t.rich("started", { time: () => <LocalTime iso={interview.startedAt} format="dateTime" /> })}
        </p>
        <div className="mt-3 flex items-center gap-3">
          <div className="h-2 w-40 rounded-full bg-white ring-1 ring-brand-100" aria-hidden="true">
            <div className="h-2 rounded-full bg-brand-600" style={{ width: `${progress * 100}%` }} />
          </div>
          <p className="text-sm font-medium text-slate-800">
            {t("answered", { answered: interview.answeredCount, total: interview.questionCount })}
          </p>
        </div>
      </div>
      <Link href={`/practice/${interview.id}`} className={buttonClass("primary", { extra: "flex-none" })}>
        {t("cta")} <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
