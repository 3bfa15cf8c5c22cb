import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { planNameWith } from "@/app/_components/plan-name";
import { buttonClass } from "@/app/_components/button-styles";
import { getCurrentUserOrNull } from "@/app/_components/current-user";
import { BillingSetupNote } from "@/app/_components/admin/billing-setup-note";
import { serverCaller } from "@/app/_trpc/server";
import { billingSetup } from "@/server/billing/billing-setup";
import type { TPlanId } from "@/server/contracts/vocabulary/plans";
import { CheckoutButton } from "./checkout-button";
import { PlanCard } from "./plan-card";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("marketing.pricing.metaTitle");

// Not buttonClass: its disabled look means "working…" (a wait cursor); these are simply unavailable.
const DISABLED =
  "inline-flex w-full cursor-not-allowed items-center justify-center rounded-lg border border-slate-200 bg-slate-100 px-4 py-2.5 text-sm font-semibold text-slate-600";

export default async function PricingPage() {
  const caller = await serverCaller();
  const [catalog, user, t, tc] = await Promise.all([caller.billing.plans(), getCurrentUserOrNull(), getTranslations("marketing.pricing"), getTranslations("common")]);
  const subscription = user ? await caller.billing.subscription() : null;
  const subscribed = subscription?.source === "subscription";
  // Without Stripe keys nothing can be bought: candidates see the plan they can have (no dead-end
  // "unavailable" cards), admins also see what to configure.
  const onSale = catalog.billingConfigured;
  const plans = onSale ? catalog.plans : catalog.plans.filter((plan) => plan.id === "free" || plan.id === subscription?.plan);
  const paidPrice = catalog.plans.find((plan) => plan.price)?.price ?? null;
  const freePrice = paidPrice ? { ...paidPrice, amountCents: 0 } : null;

  function actionFor(planId: TPlanId) {
    if (subscription?.plan === planId) {
      return (
        <button type="button" disabled className={DISABLED}>
          {t("currentPlan")}
        </button>
      );
    }
    if (planId === "free") {
      return user ? null : (
        <Link href="/sign-up" className={buttonClass("secondary", { extra: "w-full" })}>
          {t("startFree")}
        </Link>
      );
    }
    if (!catalog.billingConfigured) {
      return (
        <button type="button" disabled className={DISABLED}>
          {t("notAvailable")}
        </button>
      );
    }
    if (!user) {
      return (
        <Link href="/sign-in?callbackUrl=%2Fpricing" className={buttonClass("primary", { extra: "w-full" })}>
          {t("signInToUpgrade")}
        </Link>
      );
    }
    // A second subscription would bill twice: plan changes happen in Stripe's portal.
    if (subscribed) {
      return (
        <Link href="/settings#billing" className={buttonClass("secondary", { extra: "w-full" })}>
          {t("changePlan")}
        </Link>
      );
    }
    return <CheckoutButton plan={planId} label={t("upgradeTo", { plan: planNameWith(tc, planId) })} />;
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 lg:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700">
        {onSale ? t("introOnSale") : t("introFree")}
      </p>
      {user?.role === "admin" ? <BillingSetupNote setup={billingSetup()} className="mt-6 max-w-3xl" /> : null}
      <ul className={`mt-10 grid gap-6 ${plans.length > 1 ? "md:grid-cols-3" : "max-w-md"}`}>
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            freePrice={freePrice}
            highlighted={onSale && plan.id === "pro"}
            current={subscription?.plan === plan.id}
            action={actionFor(plan.id)}
            grantedUntil={subscription?.source === "grant" && subscription.plan === plan.id ? subscription.grantEndsAt : null}
          />
        ))}
      </ul>
      <p className="mt-8 text-sm text-slate-600">
        {t("quotaNote", { days: 7 })}
        {onSale ? ` ${t("stripeNote")}` : null}
      </p>
    </div>
  );
}
