import type { TSkill } from "@/server/analytics/skills";
import { MIN_TREND_ANSWERS, MIN_TREND_DAYS, TREND_WINDOW } from "@/server/contracts/vocabulary/progress";
import { formatPoints } from "@/app/_components/format";
import { Sparkline } from "./sparkline";
import { TrendBadge } from "./trend-badge";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function slopeText(skill: TSkill): string {
  const { slope, samples } = skill;
  if (!skill.trendEnoughData || slope === null) {
    const answers = Math.min(samples, TREND_WINDOW);
    return `${plural(answers, "answer")} on ${plural(skill.trendDays, "day")} so far: a trend needs ${MIN_TREND_ANSWERS} on ${MIN_TREND_DAYS} days`;
  }
  const sign = slope > 0 ? "+" : slope < 0 ? "−" : "±";
  return `${sign}${formatPoints(Math.abs(slope))} a question over your last ${Math.min(samples, 10)}`;
}

export function SkillCard({ skill }: { skill: TSkill }) {
  return (
    <li className="flex flex-col rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      {/* Five cards share a row on wide screens: the badge sits under the label, the same in every card. */}
      <div className="flex flex-col items-start gap-1">
        <h3 className="font-semibold text-slate-900">{skill.label}</h3>
        <TrendBadge trend={skill.trendEnoughData ? skill.trend : null} />
      </div>
      <p className="mt-1 text-slate-700">
        <span className="text-2xl font-bold text-slate-900">{formatPoints(skill.score)}</span>
        <span className="text-sm">
          <span aria-hidden="true"> / </span>
          <span className="sr-only"> out of </span>10
        </span>
      </p>
      <div className="mt-2">
        <Sparkline label={skill.label} values={skill.recent} />
      </div>
      <p className="mt-2 text-xs text-slate-600">{slopeText(skill)}</p>
    </li>
  );
}
