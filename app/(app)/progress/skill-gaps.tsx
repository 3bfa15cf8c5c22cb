import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import { buttonClass } from "@/app/_components/button-styles";
import { LabelledSection } from "@/app/_components/labelled-section";
import type { TGap } from "@/server/analytics/gaps";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { practiceHref } from "./format";
import { formatPoints } from "@/app/_components/format";

/** The weakest skills, what to do about each, and questions that exercise it. */
export function SkillGaps({ gaps, track, level }: { gaps: readonly TGap[]; track: TTrack; level: TLevel }) {
  const t = useTranslations("progress.gaps");
  const ts = useTranslations("progress.skill");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  return (
    <LabelledSection id="gaps" title={t("heading")} size="major">
      {gaps.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="mt-4 grid gap-4 lg:grid-cols-3">
          {gaps.map((gap) => (
            <li key={gap.key} className="flex flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="font-semibold text-slate-900">{dimensionName(tv, gap.key, gap.label)}</h3>
                <p className="text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{formatPoints(gap.score, locale)}</span>
                  <span aria-hidden="true"> / </span>
                  <span className="sr-only"> {ts("outOf")} </span>10
                </p>
              </div>
              <p className="mt-2 text-sm text-slate-700">{gap.advice}</p>
              {gap.recommendedQuestions.length > 0 ? (
                <>
                  <h4 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-600">{t("untried")}</h4>
                  <ul className="mt-2 space-y-2">
                    {gap.recommendedQuestions.map((question) => (
                      <li key={question.id} className="border-l-2 border-brand-100 pl-3 text-sm text-slate-800">
                        <span data-user-content>{question.text}</span>
                        <span className="mt-0.5 block text-xs text-slate-600">
                          {t("difficulty", { level: tv(`levels.${question.level}`), difficulty: question.difficulty })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className="mt-auto pt-4">
                <Link href={practiceHref({ track, level, tags: gap.tags })} className={buttonClass("primary", { size: "sm" })}>
                  {t("practise")}
                  <span className="sr-only">{t("practiseSr", { skill: dimensionName(tv, gap.key, gap.label) })}</span>
                </Link>
              </div>
            </li>
          ))}
        </ol>
      )}
    </LabelledSection>
  );
}
