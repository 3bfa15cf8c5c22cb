"use client";

import Link from "next/link";
import { useState } from "react";
import { quotaSummary, statusLabel } from "@/app/_components/billing-format";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { Spinner } from "@/app/_components/spinner";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { PLANS } from "@/server/contracts/vocabulary/plans";

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
}

/** Plan, status, renewal, quota use; "Manage billing" opens Stripe's portal, "Upgrade" the pricing page. */
export function BillingSection() {
  const [leaving, setLeaving] = useState(false);
  const summary = api.billing.subscription.useQuery();
  const portal = api.billing.createPortal.useMutation({
    onSuccess: ({ url }) => {
      setLeaving(true);
      window.location.assign(url);
    },
  });

  if (summary.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        <Spinner />
        Loading your plan…
      </p>
    );
  }
  if (summary.isError) return <FormAlert focusOnShow={false}>{messageOf(summary.error)}</FormAlert>;

  const data = summary.data;
  const plan = PLANS[data.plan];
  let renewal: string | null = null;
  if (data.source === "grant" && data.grantEndsAt) renewal = `Given to you until ${formatDate(data.grantEndsAt)}.`;
  else if (data.currentPeriodEnd) {
    renewal = data.cancelAtPeriodEnd ? `Ends on ${formatDate(data.currentPeriodEnd)}; it will not renew.` : `Renews on ${formatDate(data.currentPeriodEnd)}.`;
  }
  const used =
    data.interviewsLimit === null
      ? `${data.interviewsUsed} interviews started in the last ${data.windowDays} days.`
      : `${data.interviewsUsed} of ${data.interviewsLimit} interviews used in the last ${data.windowDays} days.`;

  return (
    <div className="space-y-5">
      {data.duplicateCanceled ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          On {formatDate(data.duplicateCanceled.canceledAt)} your account had two subscriptions at once, so we cancelled the{" "}
          {PLANS[data.duplicateCanceled.canceledPlan].name} one
          {data.duplicateCanceled.keptPlan ? ` and kept ${PLANS[data.duplicateCanceled.keptPlan].name}` : ""}. Its unused time is credited to
          your billing account and comes off your next invoices. To switch plans, use “Manage billing”.
        </div>
      ) : null}
      {data.status === "past_due" ? (
        <FormAlert focusOnShow={false}>
          Your last payment failed. Update your card in “Manage billing” to keep your plan; it stays active until the end of the period
          you paid for.
        </FormAlert>
      ) : null}
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-600">Plan</dt>
          <dd className="mt-1 text-base font-semibold text-slate-900">{plan.name}</dd>
          <dd className="text-slate-700">{quotaSummary(plan)}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Status</dt>
          <dd className="mt-1 text-base font-semibold text-slate-900">{data.source === "grant" ? "Active (given by Rehearse)" : statusLabel(data.status)}</dd>
          {renewal ? <dd className="text-slate-700">{renewal}</dd> : null}
        </div>
        <div className="sm:col-span-2">
          <dt className="font-medium text-slate-600">This week’s use</dt>
          <dd className="mt-1 text-slate-900">{used}</dd>
          {data.periodResetsAt && data.interviewsLimit !== null ? (
            <dd className="text-slate-700">The oldest of them stops counting on {formatDate(data.periodResetsAt)}.</dd>
          ) : null}
        </div>
      </dl>
      {portal.isError ? <FormAlert>{messageOf(portal.error)}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        {data.hasBillingAccount && data.billingConfigured ? (
          <SubmitButton type="button" variant="secondary" pending={portal.isPending || leaving} pendingLabel="Opening billing…" onClick={() => portal.mutate()}>
            Manage billing
          </SubmitButton>
        ) : null}
        {/* No upgrade prompt that leads to plans nobody can buy. */}
        {data.plan !== "premium" && data.billingConfigured ? (
          <Link href="/pricing" className={buttonClass("primary")}>
            Upgrade
          </Link>
        ) : null}
        {!data.billingConfigured ? <p className="text-sm text-slate-600">Paid plans are not offered on this site.</p> : null}
      </div>
    </div>
  );
}
