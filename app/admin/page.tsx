import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps, ReactNode } from "react";
import { durationText } from "@/app/(app)/interviews/[id]/report/use-duration";
import { LocalTime } from "@/app/_components/local-time";
import { formatCents, formatCount, formatPercent, formatPoints, formatUsd, intlLocale } from "@/app/_components/format";
import { firstParam, hrefWith } from "@/app/_components/search-params";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminSection, TileGrid } from "@/app/_components/admin/admin-section";
import { KpiTile } from "@/app/_components/admin/kpi-tile";
import { BillingSetupNote } from "@/app/_components/admin/billing-setup-note";
import { MetricsCharts } from "@/app/_components/admin/metrics-charts";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";
import { billingSetup } from "@/server/billing/billing-setup";
import { planNameWith } from "@/app/_components/plan-name";
import { providerName } from "@/app/_components/admin/server-words";
import { TRACKS, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { DataTable } from "@/app/_components/data-table";

export const generateMetadata = adminMetadata("metrics");

const PERIODS = [7, 30, 90] as const;
type TPeriod = (typeof PERIODS)[number];

const NUMBER_CELL = "text-right tabular-nums";
const NAME_CELL = "text-slate-900";

function parseDays(value: string | undefined): TPeriod {
  const days = Number(value);
  return (PERIODS as readonly number[]).includes(days) ? (days as TPeriod) : 7;
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const days = parseDays(firstParam((await searchParams).days));
  await requireAdmin();
  const [api, locale, t, tv, titles, tc, ta] = await Promise.all([
    serverCaller(),
    getLocale(),
    getTranslations("admin-metrics"),
    getTranslations("vocabulary"),
    getTranslations("admin.titles"),
    getTranslations("common"),
    getTranslations("admin"),
  ]);
  const { period, metrics, details, series } = await api.admin.metrics({ days });
  const flagShare = metrics.answersScored > 0 ? metrics.flaggedAnswers / metrics.answersScored : 0;
  const count = (value: number) => formatCount(value, locale);
  const percent = (value: number) => formatPercent(value, locale);
  /** A table card's heading id, title and empty state ("<key>" and "<key>Empty" in the catalog). */
  const card = (id: string, key: "scoreByTrack" | "byPlan" | "aiByModel") => ({ id, title: t(key), empty: t(`${key}Empty`) });
  const trackName = (track: string) => ((TRACKS as readonly string[]).includes(track) ? tv(`tracks.${track as TTrack}`) : track);

  return (
    <div className="space-y-10">
      <AdminPageHeader
        title={titles("metrics")}
        description={t.rich("period", {
          days,
          from: () => <LocalTime iso={period.from} format="dateTime" />,
          to: () => <LocalTime iso={period.to} format="dateTime" />,
        })}
        actions={
          <nav aria-label={t("periodLabel")}>
            <ul className="flex rounded-lg bg-white p-1 shadow-sm ring-1 ring-slate-300">
              {PERIODS.map((option) => (
                <li key={option}>
                  <Link
                    href={hrefWith("/admin", { days: option === 7 ? undefined : option })}
                    aria-current={option === days ? "page" : undefined}
                    className={`block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-semibold ${option === days ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
                  >
                    {t("days", { days: option })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        }
      />
      <BillingSetupNote setup={billingSetup()} />

      <KpiSection id="kpi-users" title={t("people")}>
        <KpiTile label={t("newUsers")} value={count(metrics.newUsers)} />
        <KpiTile label={t("activeUsers")} value={count(metrics.activeUsers)} hint={t("activeHint", { days })} />
        <KpiTile label={t("dauWauMau")} value={`${count(details.dau)} / ${count(details.wau)} / ${count(details.mau)}`} hint={t("dauHint")} />
        <KpiTile
          label={t("retention")}
          value={details.weekOneRetention === null ? "—" : percent(details.weekOneRetention)}
          hint={details.weekOneRetention === null ? t("retentionNone") : t("retentionHint")}
        />
      </KpiSection>

      <KpiSection id="kpi-interviews" title={t("interviews")}>
        <KpiTile label={t("started")} value={count(metrics.interviewsStarted)} />
        <KpiTile label={t("completed")} value={count(metrics.interviewsCompleted)} />
        <KpiTile label={t("completionRate")} value={percent(details.completionRate)} />
        <KpiTile label={t("perUser")} value={new Intl.NumberFormat(intlLocale(locale, "numbers"), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(details.completedInterviewsPerUser)} hint={t("perUserHint")} />
        <KpiTile label={t("duration")} value={details.averageInterviewSeconds > 0 ? (durationText(tv, details.averageInterviewSeconds) ?? "—") : "—"} hint={t("durationHint")} />
      </KpiSection>

      <KpiSection id="kpi-scoring" title={t("scoring")}>
        <KpiTile label={t("answersScored")} value={count(metrics.answersScored)} />
        <KpiTile
          label={t("flagged")}
          value={count(metrics.flaggedAnswers)}
          hint={
            <>
              {t("flagShare", { share: percent(flagShare) })} ·{" "}
              <Link href="/admin/flagged" className="rounded font-medium text-brand-700 underline hover:text-brand-900">
                {t("reviewQueue")}
              </Link>
            </>
          }
        />
        <KpiTile label={t("aiTokens")} value={count(metrics.aiTokens)} />
        <KpiTile label={t("aiCost")} value={formatUsd(metrics.aiCostUsd, locale)} />
      </KpiSection>

      <KpiSection id="kpi-revenue" title={t("revenue")}>
        <KpiTile label={t("revenue")} value={formatCents(metrics.revenueCents, locale)} hint={t("revenueHint", { days })} />
        <KpiTile label={t("mrr")} value={formatCents(metrics.mrrCents, locale)} />
        <KpiTile label={t("subscriptions")} value={count(metrics.activeSubscriptions)} />
        <KpiTile label={t("conversion")} value={percent(metrics.conversionRate)} hint={t("conversionHint")} />
      </KpiSection>

      <div className="grid gap-6 lg:grid-cols-2">
        <TableCard
          {...card("score-by-track", "scoreByTrack")}
          rows={details.averageScoreByTrack}
          rowKey={(row) => row.track}
          columns={[
            { header: t("track"), rowHeader: true, className: NAME_CELL, cell: (row) => trackName(row.track) },
            { header: t("average"), className: NUMBER_CELL, cell: (row) => t("outOf100", { score: formatPoints(row.average, locale) }) },
            { header: t("answers"), className: NUMBER_CELL, cell: (row) => count(row.answers) },
          ]}
        />
        <TableCard
          {...card("subscriptions-by-plan", "byPlan")}
          rows={details.subscriptionsByPlan}
          rowKey={(row) => row.plan}
          columns={[{ header: t("plan"), rowHeader: true, className: NAME_CELL, cell: (row) => planNameWith(tc, row.plan) }, { header: t("subscriptionsColumn"), className: NUMBER_CELL, cell: (row) => count(row.count) }]}
        />
        <TableCard
          {...card("ai-by-model", "aiByModel")}
          wide
          rows={details.aiByModel}
          rowKey={(row) => `${row.provider}/${row.model}`}
          columns={[
            { header: t("provider"), rowHeader: true, className: NAME_CELL, cell: (row) => providerName(ta, row.provider) },
            { header: t("model"), className: "break-all", cell: (row) => row.model },
            { header: t("calls"), className: NUMBER_CELL, cell: (row) => count(row.calls) },
            { header: t("failed"), className: NUMBER_CELL, cell: (row) => count(row.failedCalls) },
            { header: t("tokensIn"), className: NUMBER_CELL, cell: (row) => count(row.inputTokens) },
            { header: t("tokensOut"), className: NUMBER_CELL, cell: (row) => count(row.outputTokens) },
            { header: t("cost"), className: NUMBER_CELL, cell: (row) => formatUsd(row.costUsd, locale) },
          ]}
        />
      </div>

      <AdminSection id="charts-heading" title={t("dayByDay")} className="">
        <MetricsCharts series={series} />
      </AdminSection>
    </div>
  );
}

function KpiSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <AdminSection id={id} title={title} className="space-y-4">
      <TileGrid>{children}</TileGrid>
    </AdminSection>
  );
}

/** A table of the period in its own card, named by its heading; wide ones span both columns on large screens. */
function TableCard<T>({ id, title, wide, ...table }: { id: string; title: string; wide?: boolean } & Omit<ComponentProps<typeof DataTable<T>>, "caption" | "variant" | "minWidth">) {
  return (
    <section aria-labelledby={id} className={`min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5 ${wide ? "lg:col-span-2" : ""}`}>
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3">
        <DataTable<T> variant="plain" caption={title} minWidth={wide ? "min-w-[36rem]" : undefined} {...table} />
      </div>
    </section>
  );
}
