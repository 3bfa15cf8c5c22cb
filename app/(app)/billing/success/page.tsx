import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_components/current-user";
import { PlanActivation } from "./plan-activation";
import { titleMetadata } from "@/app/_components/page-metadata";
import { isBillingConfigured } from "@/server/billing/stripe-client";

export const generateMetadata = titleMetadata("billing.success.title");

export default async function BillingSuccessPage() {
  const [, t] = await Promise.all([requireUser("%2Fsettings%23billing"), getTranslations("billing.success")]);
  // Without Stripe no checkout can have happened: no "Stripe has your payment" and no minute of waiting.
  if (!isBillingConfigured()) redirect("/settings#billing");
  return (
    <div className="mx-auto max-w-xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">{t("lead")}</p>
      <div className="mt-8">
        <PlanActivation />
      </div>
    </div>
  );
}
