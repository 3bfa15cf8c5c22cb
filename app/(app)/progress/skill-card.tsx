import { useLocale, useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import type { TSkill } from "@/server/analytics/skills";
import { MIN_TREND_ANSWERS, MIN_TREND_DAYS, TREND_WINDOW } from "@/server/contracts/vocabulary/progress";
import { formatPoints } from "@/app/_components/format";
import { Sparkline } from "./sparkline";
import { TrendBadge } from "./trend-badge";

type TSkillT = ReturnType<typeof useTranslations<"progress.skill">>;

function slopeText(t: TSkillT, locale: ReturnType<typeof useLocale>, skill: TSkill): string {
  const { slope, samples } = skill;
  if (!skill.trendEnoughData || slope === null) {
    const answers = Math.min(samples, TREND_WINDOW);
    return t("needData", { answers, days: skill.trendDays, minAnswers: MIN_TREND_ANSWERS, minDays: MIN_TREND_DAYS });
  }
  const sign = slope > 0 ? "+" : slope < 0 ? "−" : "±";
  return t("slope", { sign, value: formatPoints(Math.abs(slope), locale), count: Math.min(samples, 10) });
}

export function SkillCard({ skill }: { skill: TSkill }) {
  const t = useTranslations("progress.skill");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  const label = dimensionName(tv, skill.key, skill.label);
  return (
    <li className="flex flex-col rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      {/* Five cards share a row on wide screens: the badge sits under the label, the same in every card. */}
      <div className="flex flex-col items-start gap-1">
        <h3 className="font-semibold text-slate-900">{label}</h3>
        <TrendBadge trend={skill.trendEnoughData ? skill.trend : null} />
      </div>
      <p className="mt-1 text-slate-700">
        <span className="text-2xl font-bold text-slate-900">{formatPoints(skill.score, locale)}</span>
        <span className="text-sm">
          <span aria-hidden="true"> / </span>
          <span className="sr-only"> {t("outOf")} </span>10
        </span>
      </p>
      <div className="mt-2">
        <Sparkline label={label} values={skill.recent} />
      </div>
      <p className="mt-2 text-xs text-slate-600">{slopeText(t, locale, skill)}</p>
    </li>
  );
}
