import { useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { TRACKS } from "@/server/contracts/vocabulary/tracks";
import { MarketingSection } from "./marketing-section";

/** Each track's rubric as the scorer uses it: the skills, what each means, and its scale. */
export function RubricSection() {
  const t = useTranslations("marketing.rubric");
  const tv = useTranslations("vocabulary");
  return (
    <MarketingSection id="rubric" title={t("title")}>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        {TRACKS.map((track) => {
          const rubric = getRubric(track);
          return (
            <div key={track} className="rounded-xl border border-slate-200 p-6">
              <h3 className="text-lg font-semibold text-slate-900">{tv(`tracks.${track}`)}</h3>
              <ul className="mt-3 space-y-2 text-sm">
                {rubric.dimensions.map((dimension) => {
                  const described = `descriptions.${track}.${dimension.key}`;
                  return (
                    <li key={dimension.key}>
                      <span className="font-semibold text-slate-900">{dimensionName(tv, dimension.key, dimension.label)}</span>
                      <span className="text-slate-600"> {t("points", { max: dimension.max })}</span>
                      <span className="text-slate-700"> — {t.has(described as never) ? t(described as never) : dimension.description}</span>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </MarketingSection>
  );
}
