import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import { usePlanName } from "@/app/_components/plan-name";
import { LEVELS } from "@/server/contracts/vocabulary/tracks";
import type { TQuota } from "./quota-card";

const STEPS = ["step1", "step2", "step3"] as const;

/**
 * The dashboard of someone who has not started an interview yet: one next step (the button) and a
 * first-run guide to what the words on the next pages mean.
 */
export function FirstInterview({ quota, windowDays }: { quota: TQuota; windowDays: number }) {
  const t = useTranslations("dashboard.first");
  const tv = useTranslations("vocabulary");
  const tq = useTranslations("dashboard.quota");
  const plan = usePlanName()(quota.plan) ?? tq("yourPlan");
  const guide = [
    { term: t("tracksTerm"), text: t("tracksText") },
    { term: t("levelsTerm"), text: t("levelsText", { levels: LEVELS.map((level) => tv(`levels.${level}`)).join(", ") }) },
    { term: t("scoringTerm"), text: t("scoringText") },
    { term: t("quotaTerm"), text: quota.limit === null ? t("quotaUnlimited") : t("quotaLimited", { plan, limit: quota.limit, days: windowDays }) },
  ];
  return (
    <section aria-labelledby="first-heading" className="rounded-xl bg-gradient-to-b from-brand-50 to-white p-6 ring-1 ring-brand-100 sm:p-8">
      <h2 id="first-heading" className="text-xl font-bold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-prose text-slate-700">{t("lead")}</p>
      <ol className="mt-5 space-y-2">
        {STEPS.map((step, index) => (
          <li key={step} className="flex items-center gap-3 text-sm text-slate-800">
            <span aria-hidden="true" className="flex h-6 w-6 flex-none items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white">
              {index + 1}
            </span>
            {t(step)}
          </li>
        ))}
      </ol>
      <Link href="/practice" className={buttonClass("primary", { extra: "mt-6" })}>
        {t("cta")}
      </Link>
      <div className="mt-6 border-t border-brand-100 pt-5">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("howItWorks")}</h3>
        <ul aria-label={t("guideLabel")} className="mt-3 grid gap-3 text-sm text-slate-700 sm:grid-cols-2">
          {guide.map((item) => (
            <li key={item.term}>
              <strong className="block font-semibold text-slate-900">{item.term}</strong>
              {item.text}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          <Link href="/help#faq" className="font-medium text-brand-700 underline hover:text-brand-900">
            {t("moreHelp")}
          </Link>
        </p>
      </div>
    </section>
  );
}
