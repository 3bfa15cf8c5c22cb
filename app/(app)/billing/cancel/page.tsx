import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/app/_components/button-styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing.cancel"))("title") };
}

export default function BillingCancelPage() {
  const t = useTranslations("billing.cancel");
  return (
    <div className="mx-auto max-w-xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("lead")}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/pricing" className={buttonClass("primary")}>
          {t("pricing")}
        </Link>
        <Link href="/practice" className={buttonClass("secondary")}>
          {t("practise")}
        </Link>
      </div>
    </div>
  );
}
