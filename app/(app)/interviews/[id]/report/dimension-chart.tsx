import { useLocale, useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import { formatDimensionPoints, roundDimensionPoints } from "@/app/_components/format";
import { BarList } from "../../_components/bar-list";
import type { TDimensionAverage } from "./report-data";

/** Per-skill averages as horizontal bars on a 0–10 scale, weakest skill called out. */
export function DimensionChart({ dimensions, scoredQuestions }: { dimensions: TDimensionAverage[]; scoredQuestions: number }) {
  const t = useTranslations("report");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  const weakest = dimensions.reduce<TDimensionAverage | null>((low, dimension) => (!low || dimension.average < low.average ? dimension : low), null);
  return (
    <section aria-labelledby="skills-heading" className="break-inside-avoid rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none sm:p-6">
      <h2 id="skills-heading" className="text-lg font-semibold text-slate-900">
        {t("skillsTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {t("skillsIntro", { count: scoredQuestions })}
      </p>
      {dimensions.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">{t("skillsEmpty")}</p>
      ) : (
        <figure className="mt-5" aria-label={t("skillsFigure")}>
          <BarList
            max={10}
            gridlines={[2.5, 5, 7.5]}
            bars={dimensions.map((dimension) => ({
              key: dimension.key,
              label: dimensionName(tv, dimension.key, dimension.label),
              // To the half point, as the feedback card writes a dimension's points (3.8 → "4/10" in both), bar included.
              value: roundDimensionPoints(dimension.average),
              display: `${formatDimensionPoints(dimension.average, locale)}/10`,
              srDisplay: t("outOf10", { value: formatDimensionPoints(dimension.average, locale) }),
            }))}
          />
          {weakest && dimensions.length > 1 ? (
            <figcaption className="mt-4 text-sm text-slate-700">
              {t.rich("weakest", { skill: dimensionName(tv, weakest.key, weakest.label), strong: (chunks) => <strong>{chunks}</strong> })}
            </figcaption>
          ) : null}
        </figure>
      )}
    </section>
  );
}
