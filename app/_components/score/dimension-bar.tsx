import { useLocale, useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import type { ComponentType } from "react";
import type { TMarkdownProps } from "@/app/_components/markdown/markdown-view";
import type { TDimensionScore } from "@/server/contracts/vocabulary/score";
import { formatDimensionPoints, roundDimensionPoints } from "@/app/_components/format";
import { ScoreDelta } from "./score-delta";

interface DimensionBarProps {
  dimension: TDimensionScore;
  /** The same dimension's score on the previous attempt, when there was one. */
  previousScore?: number | null;
  /** Renders an evidence quote (a piece of the candidate's answer, code included). */
  markdown: ComponentType<TMarkdownProps>;
  /** The language the comment was written in (the score's). */
  lang?: string;
}

/** One rubric dimension: label, score/max, a bar, the change since last time, the comment and its evidence. */
export function DimensionBar({ dimension, previousScore, markdown: Md, lang }: DimensionBarProps) {
  const t = useTranslations("components.score");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  // The bar shows the points as written beside it (to the half point): no sliver for a score shown as 0.
  const percent = dimension.max > 0 ? Math.max(0, Math.min(100, (roundDimensionPoints(dimension.score) / dimension.max) * 100)) : 0;
  return (
    <li className="py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h5 className="font-semibold text-slate-900">{dimensionName(tv, dimension.key, dimension.label)}</h5>
        <p className="flex items-center gap-2 text-sm">
          {previousScore === undefined || previousScore === null ? null : <ScoreDelta change={roundDimensionPoints(dimension.score) - roundDimensionPoints(previousScore)} />}
          <span className="font-semibold text-slate-900">
            {formatDimensionPoints(dimension.score, locale)}
            <span className="font-normal text-slate-600">
              <span aria-hidden="true">/</span>
              <span className="sr-only"> {t("outOf")} </span>
              {formatDimensionPoints(dimension.max, locale)}
            </span>
          </span>
        </p>
      </div>
      <div className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      {dimension.comment ? <p lang={lang} className="mt-2 text-sm text-slate-700">{dimension.comment}</p> : null}
      {dimension.evidence.length > 0 ? (
        <div className="mt-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t("fromYourAnswer")}</p>
          <ul className="mt-1 space-y-1">
            {dimension.evidence.map((quote, index) => (
              <li key={index} className="border-l-2 border-brand-100 pl-3 text-sm text-slate-700">
                <Md source={quote} variant="answer" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
