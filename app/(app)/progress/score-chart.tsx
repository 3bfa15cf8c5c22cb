import { useLocale, useTranslations } from "next-intl";
import { linePath, plotPoints, yFor, type TPlotArea } from "./chart-geometry";
import { formatDay, formatLongDay } from "@/app/_components/format";

const GRID = [0, 25, 50, 75, 100];

/**
 * Two geometries, one shown per breakpoint: an SVG scales its text with its width, so one
 * 640-unit chart shrunk onto a phone would have 5 px labels. The hidden one is display:none,
 * so assistive technology meets only one chart.
 */
const LAYOUTS = [
  { key: "narrow", className: "sm:hidden", fontSize: 13, area: { width: 360, height: 240, padding: { left: 34, right: 14, top: 12, bottom: 30 } } },
  { key: "wide", className: "hidden sm:block", fontSize: 11, area: { width: 640, height: 240, padding: { left: 36, right: 16, top: 12, bottom: 28 } } },
] as const satisfies ReadonlyArray<{ key: string; className: string; fontSize: number; area: TPlotArea }>;

export interface TScorePoint {
  date: string;
  score: number;
  answers: number;
}

interface TChartProps {
  id: string;
  title: string;
  description: string;
  series: readonly TScorePoint[];
  area: TPlotArea;
  fontSize: number;
  className: string;
}

function ChartSvg({ id, title, description, series, area, fontSize, className }: TChartProps) {
  const locale = useLocale();
  const points = plotPoints(
    series.map((point) => point.score),
    100,
    area,
  );
  const labelled = series.length > 2 ? [0, Math.floor((series.length - 1) / 2), series.length - 1] : series.map((_, index) => index);
  return (
    <svg viewBox={`0 0 ${area.width} ${area.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className={`h-auto w-full ${className}`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {GRID.map((value) => (
        <g key={value}>
          <line x1={area.padding.left} x2={area.width - area.padding.right} y1={yFor(value, 100, area)} y2={yFor(value, 100, area)} className="stroke-slate-200" strokeWidth="1" />
          <text x={area.padding.left - 8} y={yFor(value, 100, area) + fontSize / 3} textAnchor="end" fontSize={fontSize} className="fill-slate-500">
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
          <text key={day.date} x={point.x} y={area.height - 8} textAnchor={anchor} fontSize={fontSize} className="fill-slate-600">
            {formatDay(day.date, locale)}
          </text>
        );
      })}
      {points.length > 1 ? <path d={linePath(points)} fill="none" className="stroke-brand-600" strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" /> : null}
      {points.map((point, index) => (
        <circle key={series[index]?.date ?? index} cx={point.x} cy={point.y} r={series.length > 30 ? 2.5 : 4} className="fill-white stroke-brand-700" strokeWidth="2" />
      ))}
    </svg>
  );
}

/**
 * Score over time as an SVG line: 0–100 on y, one step per practice day on x. Screen readers get
 * the <title>/<desc> and the same numbers in a visually hidden table.
 */
export function ScoreChart({ id, title, series }: { id: string; title: string; series: readonly TScorePoint[] }) {
  const t = useTranslations("progress.score");
  const locale = useLocale();
  const first = series[0];
  const last = series.at(-1);
  const description =
    first && last
      ? t("chartDescription", {
          count: series.length,
          from: formatLongDay(first.date, locale),
          to: formatLongDay(last.date, locale),
          first: first.score,
          last: last.score,
        })
      : t("chartEmpty");
  return (
    <figure>
      {LAYOUTS.map((layout) => (
        <ChartSvg key={layout.key} id={`${id}-${layout.key}`} title={title} description={description} series={series} area={layout.area} fontSize={layout.fontSize} className={layout.className} />
      ))}
      {/* sr-only on the div, not the table: a table is never narrower than its content and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("day")}</th>
              <th scope="col">{t("avg")}</th>
              <th scope="col">{t("scored")}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.date}>
                <th scope="row">{formatLongDay(point.date, locale)}</th>
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
