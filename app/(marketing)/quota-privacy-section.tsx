import Link from "next/link";
import { useTranslations } from "next-intl";
import { PLANS } from "@/server/contracts/vocabulary/plans";
import { usePlanName } from "@/app/_components/plan-name";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";

/** The free plan's limits (from the plan table) and what happens to a candidate's data. */
export function QuotaPrivacySection({ aiConfigured }: { aiConfigured: boolean }) {
  const t = useTranslations("marketing.quotaPrivacy");
  const plan = usePlanName()("free");
  const free = PLANS.free;
  const days = free.windowDays;
  return (
    <section aria-label={t("region")} className="mx-auto grid max-w-6xl gap-8 px-4 py-16 sm:px-6 lg:grid-cols-2">
      <div id="free-plan" className="scroll-mt-16 rounded-2xl border border-slate-200 p-6 sm:p-8">
        <h2 className="text-2xl font-bold text-slate-900">{t("freeTitle")}</h2>
        <p className="mt-3 text-lg font-semibold text-slate-900">
          {free.interviewsPerWindow === null
            ? t("freeUnlimited", { days, plan })
            : t("freeQuota", { count: free.interviewsPerWindow, days, plan })}
        </p>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-700">
          <li>{t("freeUses", { days })}</li>
          <li>{t("freeNeverCost")}</li>
          <li>{t("freeLeft")}</li>
        </ul>
        <div className="mt-6 flex flex-wrap items-center gap-x-5 gap-y-3">
          <Link href="/sign-up" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-900">
            {t("createAccount")}
          </Link>
          <p className="text-sm text-slate-700">
            {t.rich("needMore", {
              link: (chunks) => (
                <Link href="/pricing" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </div>
      <div id="privacy" className="scroll-mt-16 rounded-2xl border border-slate-200 p-6 sm:p-8">
        <h2 className="text-2xl font-bold text-slate-900">{t("privacyTitle")}</h2>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-700">
          <li>{t("privacyStore")}</li>
          <li>{t("privacyWhoSees")}</li>
          <li>
            {aiConfigured ? t("privacyAi") : t("privacyNoAi")} {t("privacyNoTraining")}
          </li>
          <li>{t("privacyExport")}</li>
        </ul>
      </div>
    </section>
  );
}
