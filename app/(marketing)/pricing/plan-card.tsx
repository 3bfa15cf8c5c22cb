import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { TPriceView } from "@/app/_components/billing-format";
import { formatLocalDate } from "@/app/_components/format";
import { planQuota } from "@/app/_components/plan-quota";
import { usePlanName } from "@/app/_components/plan-name";
import type { TPlanId } from "@/server/contracts/vocabulary/plans";

interface PlanCardProps {
  plan: { id: TPlanId; name: string; interviewsPerWindow: number | null; windowDays: number; fairUsePerDay: number | null; price: TPriceView | null };
  /** The free plan's price in the paid plans' currency and period ("$0 / month"), when known. */
  freePrice?: TPriceView | null;
  highlighted?: boolean;
  current?: boolean;
  /** The card's button or link. */
  action: ReactNode;
  /** An admin granted this plan until then (ISO date): said in place of a price the site does not sell it at. */
  grantedUntil?: string | null;
}

export function PlanCard({ plan, freePrice = null, highlighted = false, current = false, action, grantedUntil = null }: PlanCardProps) {
  const t = useTranslations("marketing.pricing");
  const planName = usePlanName();
  const locale = useLocale();
  const headingId = `plan-${plan.id}`;
  const formatPrice = (view: TPriceView) => {
    const amount = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: view.currency.toUpperCase(),
      minimumFractionDigits: view.amountCents % 100 === 0 ? 0 : 2,
    }).format(view.amountCents / 100);
    return t("price", { amount, count: view.intervalCount, interval: view.interval });
  };
  const quota = planQuota(t as unknown as Parameters<typeof planQuota>[0], plan);
  // The heading already says "Free": the price line says what it costs, not the name again.
  const paidPrice = plan.price ? formatPrice(plan.price) : grantedUntil ? t("grantedUntil", { date: formatLocalDate(grantedUntil, locale) }) : t("priceUnavailable");
  const price = plan.id === "free" ? (freePrice ? formatPrice(freePrice) : "$0") : paidPrice;
  return (
    <li
      aria-labelledby={headingId}
      className={`flex flex-col rounded-xl bg-white p-6 shadow-sm ring-1 ${highlighted ? "ring-2 ring-brand-600" : "ring-slate-200"}`}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {planName(plan.id)}
        </h2>
        {current ? <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-900">{t("yourPlan")}</span> : null}
      </div>
      <p className="mt-3 text-3xl font-bold tracking-tight text-slate-900">{price}</p>
      <p className="mt-3 text-sm text-slate-700">{t(`blurbs.${plan.id}`)}</p>
      <ul className="mt-5 flex-1 space-y-2 text-sm text-slate-800">
        <li>{quota}</li>
        <li>{t("perkScores")}</li>
        <li>{t("perkTracks")}</li>
      </ul>
      <div className="mt-6">{action}</div>
    </li>
  );
}
