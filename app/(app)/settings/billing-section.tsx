"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { formatLocalDate } from "@/app/_components/format";
import { FormAlert } from "@/app/_components/form-alert";
import { QueryFallback } from "@/app/_components/query-fallback";
import { SubmitButton } from "@/app/_components/submit-button";
import { usePlanName } from "@/app/_components/plan-name";
import { useServerFailureText } from "@/app/_components/form/use-error-text";
import { api } from "@/app/_trpc/client";
import { PLANS, type TPlan } from "@/server/contracts/vocabulary/plans";

type TBillingT = ReturnType<typeof useTranslations<"settings.billing">>;

const STATUSES = ["active", "trialing", "past_due", "canceled", "unpaid", "incomplete", "incomplete_expired", "paused", "none"] as const;

function statusName(t: TBillingT, status: string): string {
  return (STATUSES as readonly string[]).includes(status) ? t(`statuses.${status as (typeof STATUSES)[number]}`) : status;
}

function quotaText(t: TBillingT, plan: Pick<TPlan, "interviewsPerWindow" | "windowDays" | "fairUsePerDay">): string {
  if (plan.interviewsPerWindow === null) return plan.fairUsePerDay ? t("quotaFairUse", { perDay: plan.fairUsePerDay }) : t("quotaUnlimited");
  return t("quotaWindow", { count: plan.interviewsPerWindow, days: plan.windowDays });
}

/** Plan, status, renewal, quota use; "Manage billing" opens Stripe's portal, "Upgrade" the pricing page. */
export function BillingSection() {
  const t = useTranslations("settings.billing");
  const planName = usePlanName();
  const failureText = useServerFailureText();
  const locale = useLocale();
  const formatDate = (iso: string) => formatLocalDate(iso, locale);
  const [leaving, setLeaving] = useState(false);
  const summary = api.billing.subscription.useQuery();
  const portal = api.billing.createPortal.useMutation({
    onSuccess: ({ url }) => {
      setLeaving(true);
      window.location.assign(url);
    },
  });

  if (!summary.isSuccess) return <QueryFallback query={summary} loadingLabel={t("loading")} />;

  const data = summary.data;
  const plan = PLANS[data.plan];
  let renewal: string | null = null;
  if (data.source === "grant" && data.grantEndsAt) renewal = t("grantUntil", { date: formatDate(data.grantEndsAt) });
  else if (data.currentPeriodEnd) {
    renewal = t(data.cancelAtPeriodEnd ? "ends" : "renews", { date: formatDate(data.currentPeriodEnd) });
  }
  const used =
    data.interviewsLimit === null
      ? t("usedUnlimited", { count: data.interviewsUsed, days: data.windowDays })
      : t("used", { used: data.interviewsUsed, limit: data.interviewsLimit, days: data.windowDays });

  return (
    <div className="space-y-5">
      {data.duplicateCanceled ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("duplicate", {
            date: formatDate(data.duplicateCanceled.canceledAt),
            canceled: planName(data.duplicateCanceled.canceledPlan),
            kept: data.duplicateCanceled.keptPlan ? planName(data.duplicateCanceled.keptPlan) : "none",
          })}
        </div>
      ) : null}
      {data.status === "past_due" ? (
        <FormAlert focusOnShow={false}>
          {t("pastDue")}
        </FormAlert>
      ) : null}
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-600">{t("plan")}</dt>
          <dd className="mt-1 text-base font-semibold text-slate-900">{planName(plan.id)}</dd>
          <dd className="text-slate-700">{quotaText(t, plan)}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">{t("status")}</dt>
          <dd className="mt-1 text-base font-semibold text-slate-900">{data.source === "grant" ? t("granted") : statusName(t, data.status)}</dd>
          {renewal ? <dd className="text-slate-700">{renewal}</dd> : null}
        </div>
        <div className="sm:col-span-2">
          <dt className="font-medium text-slate-600">{t("weekUse")}</dt>
          <dd className="mt-1 text-slate-900">{used}</dd>
          {data.periodResetsAt && data.interviewsLimit !== null ? (
            <dd className="text-slate-700">{t("oldestStops", { date: formatDate(data.periodResetsAt) })}</dd>
          ) : null}
        </div>
      </dl>
      {portal.isError ? <FormAlert>{failureText(portal.error)}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        {data.hasBillingAccount && data.billingConfigured ? (
          <SubmitButton type="button" variant="secondary" pending={portal.isPending || leaving} pendingLabel={t("opening")} onClick={() => portal.mutate()}>
            {t("manage")}
          </SubmitButton>
        ) : null}
        {/* No upgrade prompt that leads to plans nobody can buy. */}
        {data.plan !== "premium" && data.billingConfigured ? (
          <Link href="/pricing" className={buttonClass("primary")}>
            {t("upgrade")}
          </Link>
        ) : null}
        {!data.billingConfigured ? <p className="text-sm text-slate-600">{t("notOffered")}</p> : null}
      </div>
    </div>
  );
}
