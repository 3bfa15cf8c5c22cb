import { useTranslations } from "next-intl";
import type { TBillingSetup } from "@/server/billing/billing-setup";

/** For admins only: why paid plans are not on sale, and the exact variables that would fix it. */
export function BillingSetupNote({ setup, className = "" }: { setup: TBillingSetup; className?: string }) {
  const t = useTranslations("admin.billing");
  if (setup.configured) return null;
  return (
    <section aria-labelledby="billing-setup-heading" className={`rounded-xl border border-amber-300 bg-amber-50 p-5 text-sm text-slate-900 ${className}`}>
      <h2 id="billing-setup-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("intro")}</p>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("missing")}>
        {setup.missing.map((name) => (
          <li key={name}>
            <code className="rounded bg-white px-2 py-0.5 font-mono text-xs ring-1 ring-amber-300">{name}</code>
          </li>
        ))}
      </ul>
      <p className="mt-2">{t.rich("prices", { url: setup.webhookUrl, code: (chunks) => <code className="break-all font-mono text-xs">{chunks}</code> })}</p>
    </section>
  );
}
