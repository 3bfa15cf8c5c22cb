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
  // The weakest at the resolution the bars show: skills tied there are named together, and when every
  // skill ties none is called weakest (all at 2.5/10 named "Trade-offs" alone).
  const lowest = Math.min(...dimensions.map((dimension) => roundDimensionPoints(dimension.average)));
  const weakest = dimensions.filter((dimension) => roundDimensionPoints(dimension.average) === lowest);
  const weakestNames = new Intl.ListFormat(locale, { type: "conjunction" }).format(weakest.map((dimension) => dimensionName(tv, dimension.key, dimension.label)));
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
          {weakest.length > 0 && weakest.length < dimensions.length ? (
            <figcaption className="mt-4 text-sm text-slate-700">
              {weakest.length === 1
                ? t.rich("weakest", { skill: weakestNames, strong: (chunks) => <strong>{chunks}</strong> })
                : t.rich("weakestTied", { skills: weakestNames, strong: (chunks) => <strong>{chunks}</strong> })}
            </figcaption>
          ) : null}
        </figure>
      )}
    </section>
  );
}
