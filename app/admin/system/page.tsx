import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { providerName, queueName } from "@/app/_components/admin/server-words";
import { formatCount, formatUsd, intlLocale } from "@/app/_components/format";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminSection, TileGrid } from "@/app/_components/admin/admin-section";
import { KpiTile } from "@/app/_components/admin/kpi-tile";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";
import { DataTable } from "@/app/_components/data-table";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";

export const generateMetadata = adminMetadata("system");
export const dynamic = "force-dynamic";

const NUMBER_CELL = "text-right tabular-nums";

type TSystemWords = Awaited<ReturnType<typeof getTranslations<"admin.system">>>;

/** Waiting times and latencies in the interface language ("12 s", "12 с", "12초"). */
function durations(t: TSystemWords, locale: TLanguage) {
  const number = (value: number, digits = 0) => new Intl.NumberFormat(intlLocale(locale, "numbers"), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  return {
    seconds(value: number | null): string {
      if (value === null) return t("noneWaiting");
      if (value < 90) return t("seconds", { value: number(Math.round(value)) });
      if (value < 5400) return t("minutes", { value: number(Math.round(value / 60)) });
      return t("hours", { value: number(value / 3600, 1) });
    },
    milliseconds(value: number | null): string {
      if (value === null) return t("noScores");
      return value < 1000 ? t("milliseconds", { value: number(value) }) : t("seconds", { value: number(value / 1000, 1) });
    },
  };
}

export default async function SystemPage() {
  await requireAdmin();
  const [api, locale, t, titles, ta] = await Promise.all([serverCaller(), getLocale(), getTranslations("admin.system"), getTranslations("admin.titles"), getTranslations("admin")]);
  const status = await api.admin.system();
  const { seconds, milliseconds } = durations(t, locale);
  const count = (value: number) => formatCount(value, locale);
  const waiting = status.queues.reduce((sum, queue) => sum + queue.waiting, 0);
  const oldest = status.queues.reduce<number | null>((max, queue) => (queue.oldestWaitingSeconds === null ? max : Math.max(max ?? 0, queue.oldestWaitingSeconds)), null);
  const scoring = status.scoringLastHour;
  const p95 = scoring.length > 0 ? Math.max(...scoring.map((row) => row.p95Ms)) : null;
  const connections = status.connections.reduce((sum, row) => sum + row.count, 0);

  return (
    <div className="space-y-10">
      <AdminPageHeader
        title={titles("system")}
        description={t.rich("description", { code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code> })}
        actions={
          <Link href="/admin/system" className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100">
            {t("refresh")}
          </Link>
        }
      />

      <AdminSection id="system-now" title={t("now")} srOnlyTitle>
        <TileGrid className="grid-cols-1 sm:grid-cols-2 lg:grid-cols-4">
          <KpiTile label={t("jobsWaiting")} value={count(waiting)} hint={t("allQueues")} />
          <KpiTile label={t("oldestWaitingJob")} value={seconds(oldest)} hint={t("oldestHint")} />
          <KpiTile label={t("scoringP95")} value={milliseconds(p95)} hint={t("scores", { count: scoring.reduce((sum, row) => sum + row.scores, 0) })} />
          <KpiTile
            label={t("emailsFailed")}
            value={count(status.emailsLastDay.failed)}
            hint={
              // Without SMTP the emails are kept in the dev mailbox, not sent: say so instead of "0 sent".
              status.emailsLastDay.captured > 0
                ? t("emailsHintCaptured", { sent: count(status.emailsLastDay.sent), pending: count(status.emailsLastDay.pending), captured: count(status.emailsLastDay.captured) })
                : t("emailsHint", { sent: count(status.emailsLastDay.sent), pending: count(status.emailsLastDay.pending) })
            }
          />
        </TileGrid>
      </AdminSection>

      <AdminSection id="system-queues" title={t("queues")}>
        <DataTable
          caption={t("queuesCaption")}
          empty={t("queuesEmpty")}
          rows={status.queues}
          rowKey={(queue) => queue.queue}
          columns={[
            { header: t("queue"), rowHeader: true, className: "text-slate-900", cell: (queue) => <CodeName name={queueName(ta, queue.queue)} code={queue.queue} /> },
            { header: t("waiting"), className: NUMBER_CELL, cell: (queue) => count(queue.waiting) },
            { header: t("running"), className: NUMBER_CELL, cell: (queue) => count(queue.active) },
            { header: t("oldestWaiting"), className: NUMBER_CELL, cell: (queue) => seconds(queue.oldestWaitingSeconds) },
          ]}
        />
      </AdminSection>

      <AdminSection id="system-scoring" title={t("scoring")}>
        <DataTable
          caption={t("scoringCaption")}
          empty={t("scoringEmpty")}
          rows={scoring}
          rowKey={(row) => row.provider}
          columns={[
            { header: t("provider"), rowHeader: true, className: "text-slate-900", cell: (row) => providerName(ta, row.provider) },
            { header: t("scoresColumn"), className: NUMBER_CELL, cell: (row) => count(row.scores) },
            { header: "p50", className: NUMBER_CELL, cell: (row) => milliseconds(row.p50Ms) },
            { header: "p95", className: NUMBER_CELL, cell: (row) => milliseconds(row.p95Ms) },
          ]}
        />
      </AdminSection>

      <AdminSection id="system-ai" title={t("ai")}>
        {status.ai.length === 0 ? (
          <p className="text-slate-700">{t("aiEmpty")}</p>
        ) : (
          <ul className="space-y-1 text-slate-700">
            {status.ai.map((row) => (
              <li key={`${row.provider}/${row.model}`}>
                <span className="font-medium text-slate-900">{row.model}</span>: {t("aiRow", { calls: row.calls, tokens: row.inputTokens + row.outputTokens, cost: formatUsd(row.costUsd, locale) })}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-600">{t("connections", { count: connections })}</p>
      </AdminSection>
    </div>
  );
}

/** A queue's name in the interface language with its identifier below (what logs and pg-boss call it). */
function CodeName({ name, code }: { name: string; code: string }) {
  return (
    <>
      {name}
      {name !== code ? <span className="block font-mono text-xs text-slate-600">{code}</span> : null}
    </>
  );
}
