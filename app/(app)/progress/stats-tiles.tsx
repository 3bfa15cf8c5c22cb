import { useLocale, useTranslations } from "next-intl";
import type { TStats } from "@/server/analytics/stats";
import { formatDay, formatPoints } from "@/app/_components/format";

interface TTile {
  label: string;
  value: string;
  detail: string;
}

type TTilesT = ReturnType<typeof useTranslations<"progress.tiles">>;

function tiles(t: TTilesT, locale: ReturnType<typeof useLocale>, stats: TStats): TTile[] {
  const memberDay = stats.memberSince.slice(0, 10);
  return [
    {
      label: t("streak"),
      value: t("streakValue", { count: stats.currentStreak }),
      detail: stats.lastPracticedOn ? t("lastPractised", { day: formatDay(stats.lastPracticedOn, locale) }) : t("streakStart"),
    },
    {
      label: t("average"),
      value: stats.averageScore === null ? "—" : formatPoints(stats.averageScore, locale),
      detail: stats.completedInterviews > 0 ? t("across", { count: stats.completedInterviews }) : t("afterFirst"),
    },
    { label: t("best"), value: stats.bestScore === null ? "—" : String(stats.bestScore), detail: t("bestDetail") },
    { label: t("answered"), value: String(stats.questionsAnswered), detail: t("answeredDetail") },
    { label: t("interviews"), value: `${stats.completedInterviews} / ${stats.totalInterviews}`, detail: t("interviewsDetail") },
    { label: t("member"), value: formatDay(memberDay, locale), detail: memberDay.slice(0, 4) },
  ];
}

export function StatsTiles({ stats }: { stats: TStats }) {
  const t = useTranslations("progress.tiles");
  const locale = useLocale();
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles(t, locale, stats).map((tile) => (
        <div key={tile.label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <dt className="text-sm font-medium text-slate-600">{tile.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900">{tile.value}</dd>
          <dd className="mt-1 text-xs text-slate-600">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
