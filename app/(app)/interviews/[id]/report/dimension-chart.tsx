import { BarList } from "../../_components/bar-list";
import { pluralize } from "@/app/_components/interview-words";
import { formatTenths, type TDimensionAverage } from "./report-data";

/** Per-skill averages as horizontal bars on a 0–10 scale, weakest skill called out. */
export function DimensionChart({ dimensions, scoredQuestions }: { dimensions: TDimensionAverage[]; scoredQuestions: number }) {
  const weakest = dimensions.reduce<TDimensionAverage | null>((low, dimension) => (!low || dimension.average < low.average ? dimension : low), null);
  return (
    <section aria-labelledby="skills-heading" className="break-inside-avoid rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 print:shadow-none sm:p-6">
      <h2 id="skills-heading" className="text-lg font-semibold text-slate-900">
        Skills
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Average per skill over your latest answer to each question ({pluralize(scoredQuestions, "scored answer")}), out of 10.
      </p>
      {dimensions.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">No answer in this interview was scored, so there are no skill averages.</p>
      ) : (
        <figure className="mt-5" aria-label="Average score per skill, out of 10">
          <BarList
            max={10}
            gridlines={[2.5, 5, 7.5]}
            bars={dimensions.map((dimension) => ({
              key: dimension.key,
              label: dimension.label,
              value: dimension.average,
              display: `${formatTenths(dimension.average)}/10`,
              srDisplay: `${formatTenths(dimension.average)} out of 10`,
            }))}
          />
          {weakest && dimensions.length > 1 ? (
            <figcaption className="mt-4 text-sm text-slate-700">
              <strong>Practise next:</strong> {weakest.label} is your weakest skill in this interview.
            </figcaption>
          ) : null}
        </figure>
      )}
    </section>
  );
}
