/**
 * A plan's quota in words, from whichever catalog section the caller reads (the pricing card starts a
 * sentence with it, the billing success page puts it mid-sentence): the same three keys in both.
 */
import type { TPlan } from "@/server/contracts/vocabulary/plans";

type TQuotaKey = "quotaUnlimited" | "quotaFairUse" | "quotaWindow";
type TQuotaWords = (key: TQuotaKey, values?: Record<string, number>) => string;

export function planQuota(t: TQuotaWords, plan: Pick<TPlan, "interviewsPerWindow" | "windowDays" | "fairUsePerDay">): string {
  if (plan.interviewsPerWindow !== null) return t("quotaWindow", { count: plan.interviewsPerWindow, days: plan.windowDays });
  return plan.fairUsePerDay ? t("quotaFairUse", { perDay: plan.fairUsePerDay }) : t("quotaUnlimited");
}
