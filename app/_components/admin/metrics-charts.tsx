import { useTranslations } from "next-intl";
import type { TMessages } from "@/server/i18n/messages";
import { SeriesChart } from "./series-chart";

const BLUE = "#2851d8";
const ORANGE = "#c2410c";
const GREEN = "#15803d";

type TPoint = { day: string; newUsers: number; activeUsers: number; interviewsStarted: number; interviewsCompleted: number; answersScored: number; flaggedAnswers: number; revenueCents: number };
type TChartKey = keyof TMessages["admin-metrics"]["charts"];

/** The metrics page's daily charts, one row of this table each: what they plot and how they are named. */
const CHARTS: ReadonlyArray<{
  id: string;
  titleKey: TChartKey;
  kind: "bar" | "line";
  yLabelKey: TChartKey;
  unit?: "cents";
  series: ReadonlyArray<{ key: string; labelKey: TChartKey; color: string; field: Exclude<keyof TPoint, "day"> }>;
}> = [
  { id: "chart-new-users", titleKey: "newUsers", kind: "bar", yLabelKey: "users", series: [{ key: "newUsers", labelKey: "newUsersSeries", color: BLUE, field: "newUsers" }] },
  { id: "chart-active-users", titleKey: "activeUsers", kind: "line", yLabelKey: "users", series: [{ key: "activeUsers", labelKey: "activeUsersSeries", color: GREEN, field: "activeUsers" }] },
  {
    id: "chart-interviews",
    titleKey: "interviews",
    kind: "bar",
    yLabelKey: "interviewsAxis",
    series: [
      { key: "started", labelKey: "startedSeries", color: BLUE, field: "interviewsStarted" },
      { key: "completed", labelKey: "completedSeries", color: ORANGE, field: "interviewsCompleted" },
    ],
  },
  {
    id: "chart-answers",
    titleKey: "answers",
    kind: "line",
    yLabelKey: "answersAxis",
    series: [
      { key: "scored", labelKey: "scoredSeries", color: BLUE, field: "answersScored" },
      { key: "flagged", labelKey: "flaggedSeries", color: ORANGE, field: "flaggedAnswers" },
    ],
  },
  { id: "chart-revenue", titleKey: "revenue", kind: "bar", yLabelKey: "revenueAxis", unit: "cents", series: [{ key: "revenue", labelKey: "revenueSeries", color: GREEN, field: "revenueCents" }] },
];

/** The metrics page's "Day by day" charts in the interface language. */
export function MetricsCharts({ series }: { series: TPoint[] }) {
  const t = useTranslations("admin-metrics.charts");
  const days = series.map((point) => point.day);
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-2">
      {CHARTS.map((chart) => (
        <SeriesChart
          key={chart.id}
          id={chart.id}
          title={t(chart.titleKey)}
          kind={chart.kind}
          yLabel={t(chart.yLabelKey)}
          unit={chart.unit}
          days={days}
          series={chart.series.map((entry) => ({ key: entry.key, label: t(entry.labelKey), color: entry.color, values: series.map((point) => point[entry.field]) }))}
        />
      ))}
    </div>
  );
}
