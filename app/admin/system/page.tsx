import type { Metadata } from "next";
import Link from "next/link";
import { humanize } from "@/app/_components/admin/format";
import { formatCount, formatUsd } from "@/app/_components/format";
import { KpiTile } from "@/app/_components/admin/kpi-tile";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";
import { DataTable } from "@/app/_components/data-table";

export const metadata: Metadata = { title: "System" };
export const dynamic = "force-dynamic";

function seconds(value: number | null): string {
  if (value === null) return "none waiting";
  if (value < 90) return `${Math.round(value)} s`;
  if (value < 5400) return `${Math.round(value / 60)} min`;
  return `${(value / 3600).toFixed(1)} h`;
}

function milliseconds(value: number | null): string {
  if (value === null) return "no scores";
  return value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(1)} s`;
}

export default async function SystemPage() {
  await requireAdmin();
  const api = await serverCaller();
  const status = await api.admin.system();
  const waiting = status.queues.reduce((sum, queue) => sum + queue.waiting, 0);
  const oldest = status.queues.reduce<number | null>((max, queue) => (queue.oldestWaitingSeconds === null ? max : Math.max(max ?? 0, queue.oldestWaitingSeconds)), null);
  const scoring = status.scoringLastHour;
  const p95 = scoring.length > 0 ? Math.max(...scoring.map((row) => row.p95Ms)) : null;
  const connections = status.connections.reduce((sum, row) => sum + row.count, 0);

  return (
    <div className="space-y-10">
      <AdminPageHeader
        title="System"
        description={
          <>
            The job queues, scoring speed and email delivery right now, read from the database (all processes). Prometheus reads the same numbers
            at <code className="rounded bg-slate-100 px-1">/api/metrics</code>.
          </>
        }
        actions={
          <Link href="/admin/system" className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100">
            Refresh
          </Link>
        }
      />

      <section aria-labelledby="system-now">
        <h2 id="system-now" className="sr-only">
          Now
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <KpiTile label="Jobs waiting" value={formatCount(waiting)} hint="All queues" />
          <KpiTile label="Oldest waiting job" value={seconds(oldest)} hint="Ready to run but not started" />
          <KpiTile label="Scoring p95, last hour" value={milliseconds(p95)} hint={`${formatCount(scoring.reduce((sum, row) => sum + row.scores, 0))} scores`} />
          <KpiTile
            label="Emails failed, last day"
            value={formatCount(status.emailsLastDay.failed)}
            hint={`${formatCount(status.emailsLastDay.sent)} sent, ${formatCount(status.emailsLastDay.pending)} pending`}
          />
        </dl>
      </section>

      <section aria-labelledby="system-queues" className="space-y-3">
        <h2 id="system-queues" className="text-xl font-semibold text-slate-900">
          Queues
        </h2>
        <DataTable
          caption="Jobs per queue"
          empty="No job is waiting or running."
          rows={status.queues}
          rowKey={(queue) => queue.queue}
          columns={[
            { header: "Queue", rowHeader: true, className: "text-slate-900", cell: (queue) => queue.queue },
            { header: "Waiting", className: "text-right tabular-nums", cell: (queue) => formatCount(queue.waiting) },
            { header: "Running", className: "text-right tabular-nums", cell: (queue) => formatCount(queue.active) },
            { header: "Oldest waiting", className: "text-right tabular-nums", cell: (queue) => seconds(queue.oldestWaitingSeconds) },
          ]}
        />
      </section>

      <section aria-labelledby="system-scoring" className="space-y-3">
        <h2 id="system-scoring" className="text-xl font-semibold text-slate-900">
          Scoring, last hour
        </h2>
        <DataTable
          caption="Scoring latency per provider"
          empty="No answer was scored in the last hour."
          rows={scoring}
          rowKey={(row) => row.provider}
          columns={[
            { header: "Provider", rowHeader: true, className: "text-slate-900", cell: (row) => humanize(row.provider) },
            { header: "Scores", className: "text-right tabular-nums", cell: (row) => formatCount(row.scores) },
            { header: "p50", className: "text-right tabular-nums", cell: (row) => milliseconds(row.p50Ms) },
            { header: "p95", className: "text-right tabular-nums", cell: (row) => milliseconds(row.p95Ms) },
          ]}
        />
      </section>

      <section aria-labelledby="system-ai" className="space-y-3">
        <h2 id="system-ai" className="text-xl font-semibold text-slate-900">
          AI usage, all time
        </h2>
        {status.ai.length === 0 ? (
          <p className="text-slate-700">No model call has been made.</p>
        ) : (
          <ul className="space-y-1 text-slate-700">
            {status.ai.map((row) => (
              <li key={`${row.provider}/${row.model}`}>
                <span className="font-medium text-slate-900">{row.model}</span>: {formatCount(row.calls)} calls, {formatCount(row.inputTokens + row.outputTokens)} tokens,{" "}
                {formatUsd(row.costUsd)}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-600">{formatCount(connections)} database connections open across all processes.</p>
      </section>
    </div>
  );
}
