import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { pluralize } from "@/app/_components/interview-words";
import { SectionCard } from "@/app/_components/section-card";

export interface TQuota {
  plan: string;
  limit: number | null;
  used: number;
  resetsAt: string | null;
}

function planName(plan: string): string {
  return plan ? `${plan.charAt(0).toUpperCase()}${plan.slice(1)} plan` : "Your plan";
}

/**
 * Interviews left in the rolling week, as a meter and in words. `upgradeAvailable`: billing is
 * configured, so an upgrade can actually be bought (never a link to plans that cannot be).
 */
export function QuotaCard({ quota, upgradeAvailable }: { quota: TQuota; upgradeAvailable: boolean }) {
  const unlimited = quota.limit === null;
  const left = quota.limit === null ? null : Math.max(0, quota.limit - quota.used);
  const share = quota.limit ? Math.min(1, quota.used / quota.limit) : 0;
  return (
    <SectionCard
      id="quota"
      title="This week"
      aside={
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">{planName(quota.plan)}</span>
      }
    >
      {unlimited ? (
        <>
          <p className="mt-3 text-2xl font-bold text-slate-900">Unlimited</p>
          <p className="mt-1 text-sm text-slate-700">
            {pluralize(quota.used, "interview")} started in the last 7 days. A fair-use limit per day applies.
          </p>
        </>
      ) : (
        <>
          <p className="mt-3 text-2xl font-bold text-slate-900">
            {quota.used} of {quota.limit} used
          </p>
          <div className="mt-3 h-2.5 rounded-full bg-slate-100" aria-hidden="true">
            <div className={`h-2.5 rounded-full ${left === 0 ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${share * 100}%` }} />
          </div>
          <p className="mt-3 text-sm text-slate-700">
            {left === 0 ? "You have used every interview for this week." : `${pluralize(left ?? 0, "interview")} left.`}
          </p>
        </>
      )}
      {quota.resetsAt && !unlimited ? (
        <p className="mt-1 text-sm text-slate-700">
          {left === 0 ? "Your next interview unlocks " : "Resets "}
          <LocalTime iso={quota.resetsAt} format="weekdayTime" className="font-medium text-slate-900" />.
        </p>
      ) : null}
      {!unlimited ? <p className="mt-1 text-sm text-slate-600">Each interview counts for 7 days from when you start it.</p> : null}
      {upgradeAvailable && !unlimited && quota.plan !== "premium" && (left ?? 0) <= 1 ? (
        <p className="mt-3 text-sm">
          <Link href="/pricing" className="font-semibold text-brand-700 underline hover:text-brand-900">
            Upgrade for more interviews
          </Link>
        </p>
      ) : null}
    </SectionCard>
  );
}
