import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import type { TGap } from "@/server/analytics/gaps";
import { LEVEL_NAMES, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { practiceHref } from "./format";
import { formatPoints } from "@/app/_components/format";

/** The weakest skills, what to do about each, and questions that exercise it. */
export function SkillGaps({ gaps, track, level }: { gaps: readonly TGap[]; track: TTrack; level: TLevel }) {
  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" className="text-xl font-bold text-slate-900">
        Where to work next
      </h2>
      {gaps.length === 0 ? (
        <p className="mt-2 text-slate-700">Answer a few questions and your weakest skills show up here, with questions to practise them.</p>
      ) : (
        <ol className="mt-4 grid gap-4 lg:grid-cols-3">
          {gaps.map((gap) => (
            <li key={gap.key} className="flex flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="font-semibold text-slate-900">{gap.label}</h3>
                <p className="text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{formatPoints(gap.score)}</span>
                  <span aria-hidden="true"> / </span>
                  <span className="sr-only"> out of </span>10
                </p>
              </div>
              <p className="mt-2 text-sm text-slate-700">{gap.advice}</p>
              {gap.recommendedQuestions.length > 0 ? (
                <>
                  <h4 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-600">Questions you haven’t tried</h4>
                  <ul className="mt-2 space-y-2">
                    {gap.recommendedQuestions.map((question) => (
                      <li key={question.id} className="border-l-2 border-brand-100 pl-3 text-sm text-slate-800">
                        {question.text}
                        <span className="mt-0.5 block text-xs text-slate-600">
                          {LEVEL_NAMES[question.level]} · difficulty {question.difficulty} of 5
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className="mt-auto pt-4">
                <Link href={practiceHref({ track, level, tags: gap.tags })} className={buttonClass("primary", { size: "sm" })}>
                  Practise this<span className="sr-only">: {gap.label}, in a 3-question interview</span>
                </Link>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
