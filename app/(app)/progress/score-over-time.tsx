import { TRACK_NAMES, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { formatDay } from "@/app/_components/format";
import { ScoreChart, type TScorePoint } from "./score-chart";

/** The chart with a sentence that says, in words, whether the line goes up. */
export function ScoreOverTime({ track, series }: { track: TTrack; series: readonly TScorePoint[] }) {
  const first = series[0];
  const last = series.at(-1);
  const change = first && last ? last.score - first.score : 0;
  const answers = series.reduce((sum, point) => sum + point.answers, 0);
  return (
    <section aria-labelledby="score-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id="score-heading" className="text-lg font-semibold text-slate-900">
        Score over time
      </h2>
      {first && last ? (
        <>
          <p className="mt-1 text-sm text-slate-700">
            Daily average of {answers} scored {answers === 1 ? "answer" : "answers"} in {TRACK_NAMES[track].toLowerCase()}
            {series.length > 1 ? (
              <>
                : <span className="font-semibold text-slate-900">{change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : "level"}</span>
                {change === 0 ? "" : " points"} since {formatDay(first.date)}.
              </>
            ) : (
              "."
            )}
          </p>
          {series.length === 1 ? <p className="mt-1 text-sm text-slate-600">Practise on another day and this dot becomes a line.</p> : null}
          <div className="mt-4">
            <ScoreChart id={`score-${track}`} title={`${TRACK_NAMES[track]}: average score per practice day, 0 to 100`} series={series} />
          </div>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700">No scored answers in {TRACK_NAMES[track].toLowerCase()} yet.</p>
      )}
    </section>
  );
}
