import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_components/current-user";
import { PlanActivation } from "./plan-activation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing.success"))("title") };
}

export default async function BillingSuccessPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("billing.success")]);
  if (!user) redirect("/sign-in?callbackUrl=%2Fsettings%23billing");
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
