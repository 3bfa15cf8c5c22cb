import type { ReactNode } from "react";
import { formatPrice, PLAN_BLURBS, quotaSummary, type TPriceView } from "@/app/_components/billing-format";
import type { TPlanId } from "@/server/contracts/vocabulary/plans";

interface PlanCardProps {
  plan: { id: TPlanId; name: string; interviewsPerWindow: number | null; windowDays: number; fairUsePerDay: number | null; price: TPriceView | null };
  /** The free plan's price in the paid plans' currency and period ("$0 / month"), when known. */
  freePrice?: TPriceView | null;
  highlighted?: boolean;
  current?: boolean;
  /** The card's button or link. */
  action: ReactNode;
}

export function PlanCard({ plan, freePrice = null, highlighted = false, current = false, action }: PlanCardProps) {
  const headingId = `plan-${plan.id}`;
  // The heading already says "Free": the price line says what it costs, not the name again.
  const price = plan.id === "free" ? (freePrice ? formatPrice(freePrice) : "$0") : plan.price ? formatPrice(plan.price) : "Price unavailable";
  return (
    <li
      aria-labelledby={headingId}
      className={`flex flex-col rounded-xl bg-white p-6 shadow-sm ring-1 ${highlighted ? "ring-2 ring-brand-600" : "ring-slate-200"}`}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {plan.name}
        </h2>
        {current ? <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-900">Your plan</span> : null}
      </div>
      <p className="mt-3 text-3xl font-bold tracking-tight text-slate-900">{price}</p>
      <p className="mt-3 text-sm text-slate-700">{PLAN_BLURBS[plan.id]}</p>
      <ul className="mt-5 flex-1 space-y-2 text-sm text-slate-800">
        <li>{quotaSummary(plan)}</li>
        <li>Rubric scores with evidence, feedback and a sample answer</li>
        <li>All four tracks and levels</li>
      </ul>
      <div className="mt-6">{action}</div>
    </li>
  );
}
