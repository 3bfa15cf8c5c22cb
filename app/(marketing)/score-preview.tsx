import { useTranslations } from "next-intl";
import Link from "next/link";
import { useScoredByLabel } from "@/app/_components/score/format-score";
import { dimensionName } from "@/app/_components/dimension-name";
import { formatPoints } from "@/app/_components/format";
import { ScoreRing } from "@/app/_components/score/score-ring";
import type { TSampleFeedback } from "./sample-feedback";

/** The hero's glance at the sample score: total, a bar per skill, the first thing to improve. */
export function ScorePreview({ sample }: { sample: TSampleFeedback }) {
  const { score } = sample;
  const t = useTranslations("marketing.preview");
  const tv = useTranslations("vocabulary");
  const scoredByLabel = useScoredByLabel();
  const nextStep = score.improvements[0];
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-lg">
      <p className="text-sm font-medium text-slate-600">
        {tv(`tracks.${sample.question.track}`)} · {tv(`levels.${sample.question.level}`)}
      </p>
      <div className="mt-3 flex items-center gap-5">
        <ScoreRing score={score.total} size="md" label={t("score")} />
        <p className="min-w-0 font-medium text-slate-800" data-user-content lang="en">
          <q>{sample.question.text}</q>
        </p>
      </div>
      <ul aria-label={t("perSkill")} className="mt-5 space-y-3">
        {score.dimensions.map((dimension) => (
          <li key={dimension.key} className="text-sm">
            <div className="flex justify-between gap-3">
              <span className="text-slate-700">{dimensionName(tv, dimension.key, dimension.label)}</span>
              <span className="font-semibold text-slate-900">
                {formatPoints(dimension.score)}
                <span aria-hidden="true">/</span>
                <span className="sr-only"> {t("outOf")} </span>
                {formatPoints(dimension.max)}
              </span>
            </div>
            <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div className="h-full rounded-full bg-brand-600" style={{ width: `${(dimension.score / dimension.max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
      {nextStep ? (
        <p className="mt-5 rounded-lg bg-amber-50 p-3 text-sm text-amber-950">
          <strong>{t("nextStep")}</strong> <span data-user-content lang="en">{nextStep}</span>
        </p>
      ) : null}
      <p className="mt-3 text-xs text-slate-600">
        {t("notTyped", { scoredBy: scoredByLabel(score.scoredBy) })}{" "}
        <Link href="/#sample-feedback" className="font-medium text-brand-700 underline hover:text-brand-900">
          {t("seeWhole")}
        </Link>
      </p>
    </div>
  );
}
