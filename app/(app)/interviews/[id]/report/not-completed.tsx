import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import type { TInterview } from "@/server/contracts/interviews";

/** Shown instead of a report when the interview never reached the end. */
export function NotCompleted({ interview }: { interview: TInterview }) {
  const t = useTranslations("report.notCompleted");
  const tv = useTranslations("vocabulary");
  const answered = interview.questions.filter((question) => question.answer).length;
  const inProgress = interview.status === "in_progress";
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {tv(`tracks.${interview.track}`)} · {tv(`levels.${interview.level}`)}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        {inProgress ? t("inProgressTitle") : t("abandonedTitle")}
      </h1>
      <p className="mt-4 text-slate-700">
        {t("answered", { answered, count: interview.questions.length })} {inProgress ? t("inProgressBody") : t("abandonedBody")}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={`/practice/${interview.id}`} className={buttonClass("primary")}>
          {inProgress ? t("continue") : t("open")}
        </Link>
        <Link href="/history" className={buttonClass("secondary")}>
          {t("backToHistory")}
        </Link>
      </div>
    </div>
  );
}
