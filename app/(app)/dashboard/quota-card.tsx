import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/app/_components/local-time";
import { SectionCard } from "@/app/_components/section-card";
import { usePlanName } from "@/app/_components/plan-name";

export interface TQuota {
  plan: string;
  limit: number | null;
  used: number;
  resetsAt: string | null;
}

/**
 * Interviews left in the rolling week, as a meter and in words. `upgradeAvailable`: billing is
 * configured, so an upgrade can actually be bought (never a link to plans that cannot be).
 */
export function QuotaCard({ quota, upgradeAvailable }: { quota: TQuota; upgradeAvailable: boolean }) {
  const t = useTranslations("dashboard.quota");
  const unlimited = quota.limit === null;
  const left = quota.limit === null ? null : Math.max(0, quota.limit - quota.used);
  const share = quota.limit ? Math.min(1, quota.used / quota.limit) : 0;
  const planLabel = usePlanName();
  const planName = quota.plan ? t("plan", { plan: planLabel(quota.plan) }) : t("yourPlan");
  const resetsAt = quota.resetsAt;
  return (
    <SectionCard
      id="quota"
      title={t("title")}
      aside={<span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">{planName}</span>}
    >
      {unlimited ? (
        <>
          <p className="mt-3 text-2xl font-bold text-slate-900">{t("unlimited")}</p>
          <p className="mt-1 text-sm text-slate-700">{t("startedLastWeek", { count: quota.used })}</p>
        </>
      ) : (
        <>
          <p className="mt-3 text-2xl font-bold text-slate-900">{t("used", { used: quota.used, limit: quota.limit ?? 0 })}</p>
          <div className="mt-3 h-2.5 rounded-full bg-slate-100" aria-hidden="true">
            <div className={`h-2.5 rounded-full ${left === 0 ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${share * 100}%` }} />
          </div>
          <p className="mt-3 text-sm text-slate-700">{left === 0 ? t("allUsed") : t("left", { count: left ?? 0 })}</p>
        </>
      )}
      {resetsAt && !unlimited ? (
        <p className="mt-1 text-sm text-slate-700">
          {t.rich(left === 0 ? "nextUnlocks" : "resets", {
            time: () => <LocalTime iso={resetsAt} format="weekdayTime" className="font-medium text-slate-900" />,
          })}
        </p>
      ) : null}
      {!unlimited ? <p className="mt-1 text-sm text-slate-600">{t("window")}</p> : null}
      {upgradeAvailable && !unlimited && quota.plan !== "premium" && (left ?? 0) <= 1 ? (
        <p className="mt-3 text-sm">
          <Link href="/pricing" className="font-semibold text-brand-700 underline hover:text-brand-900">
            {t("upgrade")}
          </Link>
        </p>
      ) : null}
    </SectionCard>
  );
}
