/** Words for plans, prices and quotas, shared by the pricing page and the billing settings. */
import type { TPlanId } from "@/server/contracts/vocabulary/plans";

export interface TPriceView {
  amountCents: number;
  currency: string;
  interval: string;
  intervalCount: number;
}

export function formatPrice(price: TPriceView): string {
  const amount = new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: price.currency.toUpperCase(),
    minimumFractionDigits: price.amountCents % 100 === 0 ? 0 : 2,
  }).format(price.amountCents / 100);
  const per = price.intervalCount === 1 ? price.interval : `${price.intervalCount} ${price.interval}s`;
  return `${amount} / ${per}`;
}

export function quotaSummary(plan: { interviewsPerWindow: number | null; windowDays: number; fairUsePerDay: number | null }): string {
  if (plan.interviewsPerWindow === null) {
    return plan.fairUsePerDay ? `Unlimited interviews (fair use: up to ${plan.fairUsePerDay} a day)` : "Unlimited interviews";
  }
  return `${plan.interviewsPerWindow} interviews every ${plan.windowDays} days`;
}

const STATUS_LABELS: Record<string, string> = {
  active: "Active",
  trialing: "Trial",
  past_due: "Payment failed",
  canceled: "Canceled",
  unpaid: "Unpaid",
  incomplete: "Awaiting payment",
  incomplete_expired: "Checkout expired",
  paused: "Paused",
  none: "Free plan",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export const PLAN_BLURBS: Record<TPlanId, string> = {
  free: "Try Rehearse: a couple of full interviews a week with the same rubric scores and feedback.",
  pro: "For an active job search: practise most days across every track and level.",
  premium: "For intensive preparation: as many interviews as you need, every day.",
};
