import type { TProgress } from "@/server/analytics/progress";
import { LEVEL_NAMES, TRACK_NAMES, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { ordinal } from "./format";
import { formatPoints } from "@/app/_components/format";

/** Where the candidate's average stands among others at the same track and level, or why we cannot say yet. */
export function BenchmarkCard({ track, benchmark }: { track: TTrack; benchmark: TProgress["benchmark"] }) {
  const cohort = `${LEVEL_NAMES[benchmark.level]} ${TRACK_NAMES[track].toLowerCase()} candidates`;
  return (
    <section aria-labelledby="benchmark-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id="benchmark-heading" className="text-lg font-semibold text-slate-900">
        How you compare
      </h2>
      {benchmark.percentile !== null ? (
        <>
          <p className="mt-3 text-3xl font-bold text-slate-900">{ordinal(benchmark.percentile)} percentile</p>
          <p className="mt-2 text-sm text-slate-700">
            Your average of {formatPoints(benchmark.average ?? 0)} is higher than {benchmark.percentile}% of {benchmark.candidates} {cohort} (ties count half).
          </p>
        </>
      ) : benchmark.reason === "not_enough_candidates" ? (
        <>
          <p className="mt-3 font-semibold text-slate-900">Not enough candidates at this level yet (need {benchmark.minimumCandidates}).</p>
          <p className="mt-2 text-sm text-slate-700">
            So far {benchmark.candidates} {benchmark.candidates === 1 ? "candidate has" : "candidates have"} completed a {TRACK_NAMES[track].toLowerCase()} interview at
            this level ({LEVEL_NAMES[benchmark.level]}). Your percentile appears once {benchmark.minimumCandidates} have.
          </p>
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-700">Complete an interview at your level ({LEVEL_NAMES[benchmark.level]}) to see where you stand among {cohort}.</p>
      )}
    </section>
  );
}
