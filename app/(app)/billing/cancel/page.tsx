import { useTranslations } from "next-intl";
import { LinkButtons } from "@/app/_components/link-buttons";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("billing.cancel.title");

export default function BillingCancelPage() {
  const t = useTranslations("billing.cancel");
  return (
    <div className="mx-auto max-w-xl px-4 py-14 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("lead")}</p>
      <LinkButtons
        className="mt-8"
        links={[
          { href: "/pricing", label: t("pricing") },
          { href: "/practice", label: t("practise") },
        ]}
      />
    </div>
  );
}
