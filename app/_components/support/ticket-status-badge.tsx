import { useTranslations } from "next-intl";
import type { TTicketStatus } from "@/server/contracts/vocabulary/statuses";

const TONES: Record<TTicketStatus, string> = {
  new: "bg-amber-100 text-amber-950",
  in_progress: "bg-brand-100 text-brand-900",
  resolved: "bg-green-100 text-green-900",
};

export function TicketStatusBadge({ status }: { status: TTicketStatus }) {
  const t = useTranslations("help.status");
  return <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t(status)}</span>;
}
