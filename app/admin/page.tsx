import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDuration } from "@/app/_components/interview-words";
import { LocalTime } from "@/app/_components/local-time";
import { formatCents, formatCount, formatPercent, formatUsd } from "@/app/_components/format";
import { firstParam, hrefWith } from "@/app/_components/search-params";
import { KpiTile } from "@/app/_components/admin/kpi-tile";
import { BillingSetupNote } from "@/app/_components/admin/billing-setup-note";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { SeriesChart } from "@/app/_components/admin/series-chart";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";
import { billingSetup } from "@/server/billing/billing-setup";
import { PLANS, type TPlanId } from "@/server/contracts/vocabulary/plans";
import { TRACK_NAMES, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { DataTable } from "@/app/_components/data-table";

export const metadata: Metadata = { title: "Metrics" };

const PERIODS = [7, 30, 90] as const;
type TPeriod = (typeof PERIODS)[number];

const BLUE = "#2851d8";
const ORANGE = "#c2410c";
const GREEN = "#15803d";

function parseDays(value: string | undefined): TPeriod {
  const days = Number(value);
  return (PERIODS as readonly number[]).includes(days) ? (days as TPeriod) : 7;
}

function trackName(track: string): string {
  return TRACK_NAMES[track as TTrack] ?? track;
}

function planName(plan: string): string {
  return PLANS[plan as TPlanId]?.name ?? plan;
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const days = parseDays(firstParam((await searchParams).days));
  await requireAdmin();
  const api = await serverCaller();
  const { period, metrics, details, series } = await api.admin.metrics({ days });
  const dayList = series.map((point) => point.day);
  const flagShare = metrics.answersScored > 0 ? metrics.flaggedAnswers / metrics.answersScored : 0;

  return (
    <div className="space-y-10">
      <AdminPageHeader
        title="Metrics"
        description={
          <>
            The last {days} days: <LocalTime iso={period.from} format="dateTime" /> to <LocalTime iso={period.to} format="dateTime" />.
          </>
        }
        actions={
          <nav aria-label="Period">
            <ul className="flex rounded-lg bg-white p-1 shadow-sm ring-1 ring-slate-300">
              {PERIODS.map((option) => (
                <li key={option}>
                  <Link
                    href={hrefWith("/admin", { days: option === 7 ? undefined : option })}
                    aria-current={option === days ? "page" : undefined}
                    className={`block rounded-md px-3 py-1.5 text-sm font-semibold ${option === days ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
                  >
                    {option} days
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        }
      />
      <BillingSetupNote setup={billingSetup()} />

      <KpiSection id="kpi-users" title="People">
        <KpiTile label="New users" value={formatCount(metrics.newUsers)} />
        <KpiTile label="Active users" value={formatCount(metrics.activeUsers)} hint={`Answered at least once in ${days} days`} />
        <KpiTile label="DAU / WAU / MAU" value={`${formatCount(details.dau)} / ${formatCount(details.wau)} / ${formatCount(details.mau)}`} hint="Last 24 h, 7 and 30 days" />
        <KpiTile
          label="Week-1 retention"
          value={details.weekOneRetention === null ? "—" : formatPercent(details.weekOneRetention)}
          hint={details.weekOneRetention === null ? "Nobody joined 8+ days ago in this period" : "Answered again on days 2–8 after joining"}
        />
      </KpiSection>

      <KpiSection id="kpi-interviews" title="Interviews">
        <KpiTile label="Interviews started" value={formatCount(metrics.interviewsStarted)} />
        <KpiTile label="Interviews completed" value={formatCount(metrics.interviewsCompleted)} />
        <KpiTile label="Completion rate" value={formatPercent(details.completionRate)} />
        <KpiTile label="Completed per user" value={details.completedInterviewsPerUser.toFixed(2)} hint="Among users who completed one" />
        <KpiTile label="Average duration" value={details.averageInterviewSeconds > 0 ? (formatDuration(details.averageInterviewSeconds) ?? "—") : "—"} hint="Start to completion" />
      </KpiSection>

      <KpiSection id="kpi-scoring" title="Scoring">
        <KpiTile label="Answers scored" value={formatCount(metrics.answersScored)} />
        <KpiTile
          label="Flagged answers"
          value={formatCount(metrics.flaggedAnswers)}
          hint={
            <>
              {formatPercent(flagShare)} of scored ·{" "}
              <Link href="/admin/flagged" className="rounded font-medium text-brand-700 underline hover:text-brand-900">
                Review queue
              </Link>
            </>
          }
        />
        <KpiTile label="AI tokens" value={formatCount(metrics.aiTokens)} />
        <KpiTile label="AI cost" value={formatUsd(metrics.aiCostUsd)} />
      </KpiSection>

      <KpiSection id="kpi-revenue" title="Revenue">
        <KpiTile label="Revenue" value={formatCents(metrics.revenueCents)} hint={`Paid in ${days} days`} />
        <KpiTile label="MRR" value={formatCents(metrics.mrrCents)} />
        <KpiTile label="Active subscriptions" value={formatCount(metrics.activeSubscriptions)} />
        <KpiTile label="Conversion" value={formatPercent(metrics.conversionRate)} hint="New users who subscribed" />
      </KpiSection>

      <div className="grid gap-6 lg:grid-cols-2">
        <TableCard id="score-by-track" title="Average score per track">
          <DataTable
            variant="plain"
            caption="Average score per track"
            empty="No answers were scored in this period."
            rows={details.averageScoreByTrack}
            rowKey={(row) => row.track}
            columns={[
              { header: "Track", rowHeader: true, className: "text-slate-900", cell: (row) => trackName(row.track) },
              { header: "Average", className: "text-right tabular-nums", cell: (row) => `${row.average} / 100` },
              { header: "Answers", className: "text-right tabular-nums", cell: (row) => formatCount(row.answers) },
            ]}
          />
        </TableCard>

        <TableCard id="subscriptions-by-plan" title="Active subscriptions per plan">
          <DataTable
            variant="plain"
            caption="Active subscriptions per plan"
            empty="No active subscriptions."
            rows={details.subscriptionsByPlan}
            rowKey={(row) => row.plan}
            columns={[
              { header: "Plan", rowHeader: true, className: "text-slate-900", cell: (row) => planName(row.plan) },
              { header: "Subscriptions", className: "text-right tabular-nums", cell: (row) => formatCount(row.count) },
            ]}
          />
        </TableCard>

        <TableCard id="ai-by-model" title="AI usage per provider and model" wide>
          <DataTable
            variant="plain"
            minWidth="min-w-[36rem]"
            caption="AI usage per provider and model"
            empty="No AI calls in this period: the built-in scorer did all the work."
            rows={details.aiByModel}
            rowKey={(row) => `${row.provider}/${row.model}`}
            columns={[
              { header: "Provider", rowHeader: true, className: "text-slate-900", cell: (row) => row.provider },
              { header: "Model", className: "break-all", cell: (row) => row.model },
              { header: "Calls", className: "text-right tabular-nums", cell: (row) => formatCount(row.calls) },
              { header: "Failed", className: "text-right tabular-nums", cell: (row) => formatCount(row.failedCalls) },
              { header: "Tokens in", className: "text-right tabular-nums", cell: (row) => formatCount(row.inputTokens) },
              { header: "Tokens out", className: "text-right tabular-nums", cell: (row) => formatCount(row.outputTokens) },
              { header: "Cost", className: "text-right tabular-nums", cell: (row) => formatUsd(row.costUsd) },
            ]}
          />
        </TableCard>
      </div>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading" className="text-xl font-semibold text-slate-900">
          Day by day
        </h2>
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <SeriesChart
            id="chart-new-users"
            title="New users per day"
            kind="bar"
            yLabel="Users"
            days={dayList}
            series={[{ key: "newUsers", label: "New users", color: BLUE, values: series.map((point) => point.newUsers) }]}
          />
          <SeriesChart
            id="chart-active-users"
            title="Active users per day"
            kind="line"
            yLabel="Users"
            days={dayList}
            series={[{ key: "activeUsers", label: "Active users", color: GREEN, values: series.map((point) => point.activeUsers) }]}
          />
          <SeriesChart
            id="chart-interviews"
            title="Interviews started and completed per day"
            kind="bar"
            yLabel="Interviews"
            days={dayList}
            series={[
              { key: "started", label: "Started", color: BLUE, values: series.map((point) => point.interviewsStarted) },
              { key: "completed", label: "Completed", color: ORANGE, values: series.map((point) => point.interviewsCompleted) },
            ]}
          />
          <SeriesChart
            id="chart-answers"
            title="Answers scored and flagged per day"
            kind="line"
            yLabel="Answers"
            days={dayList}
            series={[
              { key: "scored", label: "Scored", color: BLUE, values: series.map((point) => point.answersScored) },
              { key: "flagged", label: "Flagged", color: ORANGE, values: series.map((point) => point.flaggedAnswers) },
            ]}
          />
          <SeriesChart
            id="chart-revenue"
            title="Revenue per day"
            kind="bar"
            yLabel="Revenue (USD)"
            unit="cents"
            days={dayList}
            series={[{ key: "revenue", label: "Revenue", color: GREEN, values: series.map((point) => point.revenueCents) }]}
          />
        </div>
      </section>
    </div>
  );
}

function KpiSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <dl className="mt-4 grid grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] gap-3 sm:gap-4">{children}</dl>
    </section>
  );
}

function TableCard({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5 ${wide ? "lg:col-span-2" : ""}`}>
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}
