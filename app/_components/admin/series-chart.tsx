import { useLocale, useTranslations } from "next-intl";
import { formatCents, formatCount, formatDay as formatUtcDay } from "@/app/_components/format";

export interface TChartSeries {
  key: string;
  label: string;
  values: number[];
  /** Every second series is also told apart without colour: dashed line or hatched bars. */
  color: string;
}

interface SeriesChartProps {
  /** Unique on the page: the SVG's title, description and patterns hang off it. */
  id: string;
  title: string;
  kind: "line" | "bar";
  /** UTC days ("2026-01-05"), one per value. */
  days: string[];
  series: TChartSeries[];
  /** The y axis' label ("Users", "Interviews"). */
  yLabel: string;
  unit?: "count" | "cents";
}

// The SVG is as wide as its box and a fixed height in CSS pixels (no viewBox), so text stays the
// same size from a phone to a wide screen; x positions are percentages of the width.
const HEIGHT = 232;
const PLOT_TOP = 34;
const PLOT_BOTTOM = 182;
const PLOT_HEIGHT = PLOT_BOTTOM - PLOT_TOP;
const LABEL_STYLE = { paintOrder: "stroke" as const, stroke: "#fff", strokeWidth: 3, strokeLinejoin: "round" as const };

/** A round top for the y axis and a step that gives about four gridlines (1, 2, 2.5 or 5 × 10ⁿ). */
export function niceScale(max: number, unit: "count" | "cents"): { top: number; step: number } {
  if (max <= 0) return unit === "cents" ? { top: 10_000, step: 2_500 } : { top: 4, step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 2.5, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= rough) ?? 10 * power;
  step = Math.max(1, Math.ceil(step));
  return { top: Math.ceil(max / step) * step, step };
}

function tickIndexes(count: number): number[] {
  if (count <= 1) return [0];
  const wanted = Math.min(4, count);
  const indexes = Array.from({ length: wanted }, (_, n) => Math.round((n * (count - 1)) / (wanted - 1)));
  return [...new Set(indexes)];
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * A daily series as a line or bar chart in plain SVG: a <title> and <desc> (totals and peak) for
 * screen readers, labelled axes, a legend, and the numbers themselves in a visually hidden table.
 */
export function SeriesChart({ id, title, kind, days, series, yLabel, unit = "count" }: SeriesChartProps) {
  const t = useTranslations("admin-metrics.chart");
  const locale = useLocale();
  const format = (value: number) => (unit === "cents" ? formatCents : formatCount)(value, locale);
  const formatDay = (day: string) => formatUtcDay(day, locale);
  const count = days.length;
  const max = Math.max(0, ...series.flatMap((entry) => entry.values));
  const { top, step } = niceScale(max, unit);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, n) => n * step);
  const y = (value: number) => PLOT_TOP + (1 - value / top) * PLOT_HEIGHT;
  const slot = 100 / Math.max(count, 1);
  const xCenter = (index: number) => (kind === "bar" ? (index + 0.5) * slot : count > 1 ? (index / (count - 1)) * 100 : 50);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const first = days[0];
  const last = days.at(-1);
  const description = [
    first && last ? t("range", { from: formatDay(first), to: formatDay(last) }) : "",
    ...series.map((entry) => {
      const peak = Math.max(0, ...entry.values);
      const peakDay = days[entry.values.indexOf(peak)];
      const total = format(sum(entry.values));
      return peak > 0 && peakDay ? t("totalPeak", { label: entry.label, total, peak: format(peak), day: formatDay(peakDay) }) : t("total", { label: entry.label, total });
    }),
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <figure className="relative rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <figcaption className="text-base font-semibold text-slate-900">{title}</figcaption>
      <div className="mt-3 px-1">
        <svg role="img" aria-labelledby={`${titleId} ${descId}`} width="100%" height={HEIGHT} className="block overflow-visible" data-chart={id}>
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" fill={series[1]?.color ?? "#c2410c"} />
            </pattern>
          </defs>

          {/* Axis titles */}
          <text x="0" y="12" fontSize="12" fontWeight="600" fill="#475569">
            {yLabel}
          </text>
          <text x="50%" y={HEIGHT - 4} fontSize="12" fontWeight="600" fill="#475569" textAnchor="middle">
            {t("dayAxis")}
          </text>

          {/* Gridlines with their values, written on the line so the plot can use the full width */}
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1="0" x2="100%" y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#64748b" : "#e2e8f0"} strokeWidth="1" />
              <text x="0" y={y(tick) - 4} fontSize="11" fill="#475569" style={LABEL_STYLE}>
                {format(tick)}
              </text>
            </g>
          ))}

          {/* Day labels */}
          {tickIndexes(count).map((index, position, all) => {
            const day = days[index];
            if (!day) return null;
            const anchor = all.length > 1 && position === 0 ? "start" : all.length > 1 && position === all.length - 1 ? "end" : "middle";
            const x = anchor === "start" ? 0 : anchor === "end" ? 100 : xCenter(index);
            return (
              <g key={day}>
                <line x1={`${xCenter(index)}%`} x2={`${xCenter(index)}%`} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM + 4} stroke="#64748b" />
                <text x={`${x}%`} y={PLOT_BOTTOM + 18} fontSize="11" fill="#475569" textAnchor={anchor}>
                  {formatDay(day)}
                </text>
              </g>
            );
          })}

          {kind === "bar"
            ? series.map((entry, seriesIndex) => {
                const groupWidth = slot * 0.72;
                const barWidth = groupWidth / series.length;
                return (
                  <g key={entry.key} fill={seriesIndex % 2 === 1 ? `url(#${id}-hatch)` : entry.color} stroke={seriesIndex % 2 === 1 ? entry.color : "none"} strokeWidth="1">
                    {entry.values.map((value, index) => {
                      if (value <= 0) return null;
                      const height = Math.max(1, (value / top) * PLOT_HEIGHT);
                      return (
                        <rect
                          key={index}
                          x={`${index * slot + slot * 0.14 + seriesIndex * barWidth}%`}
                          width={`${barWidth}%`}
                          y={PLOT_BOTTOM - height}
                          height={height}
                        >
                          <title>{t("point", { day: formatDay(days[index] ?? ""), label: entry.label, value: format(value) })}</title>
                        </rect>
                      );
                    })}
                  </g>
                );
              })
            : series.map((entry, seriesIndex) => (
                <g key={entry.key}>
                  <svg
                    x="0"
                    y={PLOT_TOP}
                    width="100%"
                    height={PLOT_HEIGHT}
                    viewBox={`0 0 ${Math.max(count - 1, 1)} ${top}`}
                    preserveAspectRatio="none"
                    overflow="visible"
                  >
                    <polyline
                      points={entry.values.map((value, index) => `${count > 1 ? index : 0.5},${top - value}`).join(" ")}
                      fill="none"
                      stroke={entry.color}
                      strokeWidth="2.5"
                      strokeLinejoin="round"
                      strokeDasharray={seriesIndex % 2 === 1 ? "6 4" : undefined}
                      vectorEffect="non-scaling-stroke"
                    />
                  </svg>
                  {count <= 31
                    ? entry.values.map((value, index) => (
                        <circle
                          key={index}
                          cx={`${xCenter(index)}%`}
                          cy={y(value)}
                          r="3.5"
                          fill={seriesIndex % 2 === 1 ? "#fff" : entry.color}
                          stroke={entry.color}
                          strokeWidth="2"
                        >
                          <title>{t("point", { day: formatDay(days[index] ?? ""), label: entry.label, value: format(value) })}</title>
                        </circle>
                      ))
                    : null}
                </g>
              ))}
        </svg>
      </div>

      <ul aria-hidden="true" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        {series.map((entry, seriesIndex) => (
          <li key={entry.key} className="flex items-center gap-2">
            <svg width="22" height="12" className="flex-none">
              {kind === "bar" ? (
                <rect x="3" y="1" width="16" height="10" fill={seriesIndex % 2 === 1 ? `url(#${id}-hatch)` : entry.color} stroke={seriesIndex % 2 === 1 ? entry.color : "none"} />
              ) : (
                <line x1="1" x2="21" y1="6" y2="6" stroke={entry.color} strokeWidth="2.5" strokeDasharray={seriesIndex % 2 === 1 ? "5 3" : undefined} />
              )}
            </svg>
            <span>
              {entry.label}: <span className="font-semibold tabular-nums text-slate-900">{format(sum(entry.values))}</span>
            </span>
          </li>
        ))}
      </ul>

      {/* In a div: a table ignores its own width and overflow, so sr-only on it would still widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{t("caption", { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("day")}</th>
              {series.map((entry) => (
                <th key={entry.key} scope="col">
                  {entry.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, index) => (
              <tr key={day}>
                <th scope="row">{formatDay(day)}</th>
                {series.map((entry) => (
                  <td key={entry.key}>{format(entry.values[index] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
