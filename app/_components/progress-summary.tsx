import { getTranslations } from "next-intl/server";
import { serverCaller } from "@/app/_trpc/server";
import { AsideLink, SectionCard } from "./section-card";

/**
 * A compact progress card for the dashboard: practice streak, average score, reviews due, and a
 * link to the full page. A server component; it asks for the same data as /progress does.
 */
export async function ProgressSummary() {
  const api = await serverCaller();
  const [stats, queue, t] = await Promise.all([api.progress.stats(), api.progress.reviewQueue(), getTranslations("dashboard.progressSummary")]);
  const figures = [
    { key: "streak", label: t("streak"), value: String(stats.currentStreak) },
    { key: "average", label: t("average"), value: stats.averageScore === null ? "—" : String(Math.round(stats.averageScore)) },
    { key: "due", label: t("reviewsDue", { count: queue.dueCount }), value: String(queue.dueCount) },
  ];
  return (
    <SectionCard
      id="progress-summary"
      title={t("title")}
      aside={
        <AsideLink href="/progress">
          {t("seeAll")}
          <span className="sr-only">{t("seeAllSr")}</span>
        </AsideLink>
      }
    >
      <dl className="mt-4 grid grid-cols-3 gap-3 text-center">
        {figures.map((figure) => (
          // dt must come first in a <dl>; the value is shown on top.
          <div key={figure.key} className="flex flex-col-reverse rounded-lg bg-slate-50 px-2 py-3">
            <dt className="mt-1 text-xs font-medium text-slate-600">{figure.label}</dt>
            <dd className="text-2xl font-bold text-slate-900">{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {queue.dueCount > 0 ? t("noteDue") : stats.currentStreak > 0 ? t("noteStreak") : t("noteStart")}
      </p>
    </SectionCard>
  );
}
