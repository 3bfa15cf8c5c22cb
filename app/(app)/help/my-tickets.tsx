"use client";

import { useTranslations } from "next-intl";
import { useServerFailureText } from "@/app/_components/form/use-error-text";
import { LocalTime } from "@/app/_components/local-time";
import { FormAlert } from "@/app/_components/form-alert";
import { TicketStatusBadge } from "@/app/_components/support/ticket-status-badge";
import { TicketThread } from "@/app/_components/support/ticket-thread";
import type { TMyTicket } from "@/app/_components/support/types";
import { api } from "@/app/_trpc/client";
import { TicketReplyForm } from "./ticket-reply-form";

/** The candidate's requests, newest activity first, each with its conversation and a reply box. */
export function MyTickets({ initialTickets }: { initialTickets: TMyTicket[] }) {
  const t = useTranslations("help");
  const failureText = useServerFailureText();
  const query = api.support.mine.useQuery(undefined, { initialData: initialTickets });
  const tickets = query.data;

  return (
    <div className="space-y-4">
      {query.isError ? <FormAlert focusOnShow={false}>{t("refreshFailed", { error: failureText(query.error) })}</FormAlert> : null}
      {tickets.length === 0 ? (
        <p className="rounded-xl bg-slate-50 p-6 text-center text-slate-700 ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {tickets.map((ticket, index) => {
            const staffReplies = ticket.messages.filter((message) => message.fromStaff).length;
            return (
              <li key={ticket.id}>
                <details open={index === 0} className="group rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
                  <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-2 rounded-xl p-4 hover:bg-slate-50 sm:p-5">
                    <span className="min-w-0">
                      <span data-user-content dir="auto" className="block break-words font-semibold text-slate-900">
                        {ticket.subject}
                      </span>
                      <span className="mt-0.5 block text-xs text-slate-600">
                        {t.rich("ticketMeta", { replies: staffReplies, time: () => <LocalTime iso={ticket.updatedAt} format="dateTime" /> })}
                      </span>
                    </span>
                    <span className="flex items-center gap-2">
                      <TicketStatusBadge status={ticket.status} />
                      <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-180">
                        ▾
                      </span>
                    </span>
                  </summary>
                  <div className="space-y-5 border-t border-slate-100 p-4 sm:p-5">
                    <TicketThread messages={ticket.messages} viewer="candidate" />
                    <TicketReplyForm ticketId={ticket.id} resolved={ticket.status === "resolved"} />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
