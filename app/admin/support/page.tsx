import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/app/_components/local-time";
import { isTicketStatus, isUuid } from "@/app/_components/admin/format";
import { firstParam, hrefWith } from "@/app/_components/search-params";
import { TICKET_STATUSES } from "@/server/contracts/vocabulary/statuses";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { TicketActions } from "@/app/_components/admin/ticket-actions";
import { TicketStatusBadge } from "@/app/_components/support/ticket-status-badge";
import { TicketThread } from "@/app/_components/support/ticket-thread";
import type { TAdminTicket } from "@/app/_components/admin/types";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";

export const generateMetadata = adminMetadata("support");

const LIMIT = 100;

export default async function SupportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const statusParam = firstParam(params.status);
  const status = isTicketStatus(statusParam) ? statusParam : undefined;
  const ticketParam = firstParam(params.ticket);
  const selectedId = isUuid(ticketParam) ? ticketParam : undefined;
  await requireAdmin();
  const [api, t, tStatus, titles] = await Promise.all([serverCaller(), getTranslations("admin.support"), getTranslations("help.status"), getTranslations("admin.titles")]);
  const tickets = await api.admin.tickets({ status, limit: LIMIT });
  // The open ticket may sit outside the filter (it was just resolved, say): look in the whole inbox.
  let selected: TAdminTicket | undefined = tickets.find((ticket) => ticket.id === selectedId);
  if (selectedId && !selected && status) selected = (await api.admin.tickets({ limit: 200 })).find((ticket) => ticket.id === selectedId);
  const filters = [{ value: undefined, label: t("all") }, ...TICKET_STATUSES.map((value) => ({ value, label: tStatus(value) }))];

  return (
    <div className="space-y-6">
      <AdminPageHeader title={titles("support")} description={t("description")} />

      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {filters.map((filter) => {
            const current = filter.value === status;
            return (
              <li key={filter.label}>
                <Link
                  href={hrefWith("/admin/support", { status: filter.value })}
                  aria-current={current ? "page" : undefined}
                  className={`block rounded-full px-3 py-1.5 text-sm font-medium ring-1 ${current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"}`}
                >
                  {filter.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <section id="inbox" aria-labelledby="inbox-heading" className={`min-w-0 ${selected ? "order-last lg:order-none" : ""}`}>
          <h2 id="inbox-heading" className="text-sm font-medium text-slate-700">
            {t("count", { count: tickets.length })}
            {status ? ` · ${tStatus(status)}` : ""}
          </h2>
          {tickets.length === 0 ? (
            <p className="mt-3 rounded-xl bg-white p-6 text-center text-sm text-slate-700 ring-1 ring-slate-200">
              {status ? t("emptyStatus", { status }) : t("empty")}
            </p>
          ) : (
            <ul className="mt-3 space-y-2">
              {tickets.map((ticket) => {
                const current = ticket.id === selected?.id;
                const last = ticket.messages.at(-1);
                return (
                  <li key={ticket.id}>
                    <Link
                      href={hrefWith("/admin/support", { status, ticket: ticket.id })}
                      aria-current={current ? "true" : undefined}
                      className={`block rounded-xl p-4 ring-1 ${current ? "bg-brand-50 ring-brand-600" : "bg-white ring-slate-200 hover:bg-slate-50"}`}
                    >
                      <span className="flex items-start justify-between gap-2">
                        <span data-user-content className="min-w-0 break-words font-semibold text-slate-900">{ticket.subject}</span>
                        <TicketStatusBadge status={ticket.status} />
                      </span>
                      <span className="mt-1 block break-all text-sm text-slate-700">{ticket.userEmail}</span>
                      <span className="mt-1 block text-xs text-slate-600">
                        {t("messages", { count: ticket.messages.length })}
                        {last ? ` · ${last.fromStaff ? t("lastFromSupport") : t("waitingForSupport")}` : ""} · <LocalTime iso={ticket.updatedAt} format="dateTime" />
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="ticket-heading" className="min-w-0">
          {selected ? (
            <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <h2 id="ticket-heading" data-user-content className="break-words text-xl font-semibold text-slate-900">
                    {selected.subject}
                  </h2>
                  <p className="mt-1 text-sm text-slate-700">
                    {t.rich("from", {
                      email: selected.userEmail ?? "",
                      address: (chunks) => <span className="break-all">{chunks}</span>,
                      time: () => <LocalTime iso={selected.createdAt} format="dateTime" />,
                    })}
                  </p>
                </div>
                <TicketStatusBadge status={selected.status} />
              </div>
              <div className="mt-5">
                <TicketThread messages={selected.messages} viewer="staff" />
              </div>
              <div className="mt-6 border-t border-slate-100 pt-5">
                <TicketActions key={selected.id} ticketId={selected.id} status={selected.status} email={selected.userEmail ?? t("theCandidate")} />
              </div>
              <a href="#inbox" className="mt-4 inline-block rounded text-sm font-medium text-brand-700 hover:underline lg:hidden">
                {t("backToInbox")}
              </a>
            </div>
          ) : (
            <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center">
              <h2 id="ticket-heading" className="font-semibold text-slate-900">
                {selectedId ? t("notInInbox") : t("noneOpen")}
              </h2>
              <p className="mt-1 text-sm text-slate-700">{t("choose")}</p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
