import type { OutboxEntry } from "@/server/mail/outbox";

const STYLES: Record<OutboxEntry["status"], string> = {
  captured: "bg-brand-50 text-brand-900 ring-brand-100",
  pending: "bg-amber-50 text-amber-900 ring-amber-200",
  sent: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  failed: "bg-red-50 text-red-900 ring-red-200",
};

/** `label` is the status in the reader's language; `status` picks the colours. */
export function StatusBadge({ status, label }: { status: OutboxEntry["status"]; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status]}`}>
      {label}
    </span>
  );
}
