import { richLink } from "@/app/_components/rich-link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";

const ITEMS = ["scoring", "quota", "ai", "privacy", "data"] as const;

/** The questions a new candidate asks before writing to us. `aiConfigured`: this site scores with an AI model. */
export function Faq({ aiConfigured, freeLimit, windowDays }: { aiConfigured: boolean; freeLimit: number; windowDays: number }) {
  const t = useTranslations("help.faq");
  const link = (href: string) => richLink(href, linkClass);
  const answers: Record<(typeof ITEMS)[number], ReactNode> = {
    scoring: t("scoring.answer"),
    quota: t.rich("quota.answer", { count: freeLimit, days: windowDays, dashboard: link("/dashboard") }),
    ai: `${aiConfigured ? t("ai.answerConfigured") : t("ai.answerBuiltin")} ${t("ai.answer")}`,
    privacy: t("privacy.answer"),
    data: t.rich("data.answer", { settings: link("/settings"), progress: link("/progress") }),
  };
  return (
    <section id="faq" aria-labelledby="faq-heading" className="scroll-mt-16">
      <h2 id="faq-heading" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <div className="mt-4 divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {ITEMS.map((item) => (
          <details key={item} id={`faq-${item}`} className="group px-5 py-4 sm:px-6">
            <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded font-medium text-slate-900">
              <span>{t(`${item}.question`)}</span>
              <span aria-hidden="true" className="text-brand-700 transition-transform group-open:rotate-45">
                +
              </span>
            </summary>
            <p className="mt-2 text-sm text-slate-700">{answers[item]}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
