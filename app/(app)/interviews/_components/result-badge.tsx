import type { TInterviewStatus } from "@/server/contracts/vocabulary/statuses";
import { useTranslations } from "next-intl";

const BADGE = "inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset";

/** Passed / Not passed, in words and an icon, never colour alone. */
export function PassBadge({ passed, className = "" }: { passed: boolean; className?: string }) {
  const t = useTranslations("vocabulary");
  return passed ? (
    <span className={`${BADGE} bg-green-50 text-green-800 ring-green-600/30 ${className}`}>
      <span aria-hidden="true">✓</span> {t("passed")}
    </span>
  ) : (
    <span className={`${BADGE} bg-amber-50 text-amber-900 ring-amber-600/30 ${className}`}>
      <span aria-hidden="true">✗</span> {t("notPassed")}
    </span>
  );
}

const STATUS_TONES: Record<TInterviewStatus, string> = {
  in_progress: "bg-brand-50 text-brand-900 ring-brand-600/30",
  completed: "bg-slate-50 text-slate-800 ring-slate-400/40",
  abandoned: "bg-slate-100 text-slate-700 ring-slate-400/40",
};

export function StatusBadge({ status }: { status: TInterviewStatus }) {
  const t = useTranslations("vocabulary");
  return <span className={`${BADGE} ${STATUS_TONES[status]}`}>{t(`statuses.${status}`)}</span>;
}
