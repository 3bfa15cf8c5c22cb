import { linePath, plotPoints, yFor, type TPlotArea } from "./chart-geometry";
import { formatDay, formatLongDay } from "./format";

const AREA: TPlotArea = { width: 640, height: 240, padding: { left: 36, right: 16, top: 12, bottom: 28 } };
const GRID = [0, 25, 50, 75, 100];

export interface TScorePoint {
  date: string;
  score: number;
  answers: number;
}

/**
 * Score over time as an SVG line: 0–100 on y, one step per practice day on x. Screen readers get
 * the <title>/<desc> and the same numbers in a visually hidden table.
 */
export function ScoreChart({ id, title, series }: { id: string; title: string; series: readonly TScorePoint[] }) {
  const points = plotPoints(
    series.map((point) => point.score),
    100,
    AREA,
  );
  const first = series[0];
  const last = series.at(-1);
  const description =
    first && last
      ? `${series.length} practice days from ${formatLongDay(first.date)} to ${formatLongDay(last.date)}; average score ${first.score} on the first day and ${last.score} on the last.`
      : "No scored answers yet.";
  const labelled = series.length > 2 ? [0, Math.floor((series.length - 1) / 2), series.length - 1] : series.map((_, index) => index);
  return (
    <figure>
      <svg viewBox={`0 0 ${AREA.width} ${AREA.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {GRID.map((value) => (
          <g key={value}>
            <line x1={AREA.padding.left} x2={AREA.width - AREA.padding.right} y1={yFor(value, 100, AREA)} y2={yFor(value, 100, AREA)} className="stroke-slate-200" strokeWidth="1" />
            <text x={AREA.padding.left - 8} y={yFor(value, 100, AREA) + 4} textAnchor="end" className="fill-slate-500 text-[11px]">
              {value}
            </text>
          </g>
        ))}
        {labelled.map((index) => {
          const point = points[index];
          const day = series[index];
          if (!point || !day) return null;
          const anchor = series.length === 1 ? "middle" : index === 0 ? "start" : index === series.length - 1 ? "end" : "middle";
          return (
            <text key={day.date} x={point.x} y={AREA.height - 8} textAnchor={anchor} className="fill-slate-600 text-[11px]">
              {formatDay(day.date)}
            </text>
          );
        })}
        {points.length > 1 ? <path d={linePath(points)} fill="none" className="stroke-brand-600" strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" /> : null}
        {points.map((point, index) => (
          <circle key={series[index]?.date ?? index} cx={point.x} cy={point.y} r={series.length > 30 ? 2.5 : 4} className="fill-white stroke-brand-700" strokeWidth="2" />
        ))}
      </svg>
      {/* sr-only on the div, not the table: a table is never narrower than its content and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Average score (0–100)</th>
              <th scope="col">Answers scored</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.date}>
                <th scope="row">{formatLongDay(point.date)}</th>
                <td>{point.score}</td>
                <td>{point.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
