import { useTranslations } from "next-intl";
import type { TMessages } from "@/server/i18n/messages";
import { SeriesChart } from "./series-chart";

const BLUE = "#2851d8";
const ORANGE = "#c2410c";
const GREEN = "#15803d";

type TPoint = { day: string; newUsers: number; activeUsers: number; interviewsStarted: number; interviewsCompleted: number; answersScored: number; flaggedAnswers: number; revenueCents: number };
type TChartKey = keyof TMessages["admin-metrics"]["charts"];

type TSeries = readonly [key: string, label: TChartKey, color: string, field: Exclude<keyof TPoint, "day">];

/** The metrics page's daily charts, one row each: what they plot (series as key, label, colour, field) and how they are named. */
const CHARTS: ReadonlyArray<{ id: string; titleKey: TChartKey; kind: "bar" | "line"; yLabelKey: TChartKey; unit?: "cents"; series: readonly TSeries[] }> = [
  { id: "chart-new-users", titleKey: "newUsers", kind: "bar", yLabelKey: "users", series: [["newUsers", "newUsersSeries", BLUE, "newUsers"]] },
  { id: "chart-active-users", titleKey: "activeUsers", kind: "line", yLabelKey: "users", series: [["activeUsers", "activeUsersSeries", GREEN, "activeUsers"]] },
  { id: "chart-interviews", titleKey: "interviews", kind: "bar", yLabelKey: "interviewsAxis", series: [["started", "startedSeries", BLUE, "interviewsStarted"], ["completed", "completedSeries", ORANGE, "interviewsCompleted"]] },
  { id: "chart-answers", titleKey: "answers", kind: "line", yLabelKey: "answersAxis", series: [["scored", "scoredSeries", BLUE, "answersScored"], ["flagged", "flaggedSeries", ORANGE, "flaggedAnswers"]] },
  { id: "chart-revenue", titleKey: "revenue", kind: "bar", yLabelKey: "revenueAxis", unit: "cents", series: [["revenue", "revenueSeries", GREEN, "revenueCents"]] },
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
          series={chart.series.map(([key, label, color, field]) => ({ key, label: t(label), color, values: series.map((point) => point[field]) }))}
        />
      ))}
    </div>
  );
}
