import { useTranslations } from "next-intl";

const ITEMS = ["analyzer", "ai", "confidence", "person"] as const;

/** How a score is made: the built-in analyzer, the optional AI grader, and how sure each score is. */
export function ScoringSection({ aiConfigured }: { aiConfigured: boolean }) {
  const t = useTranslations("marketing.scoring");
  return (
    <section id="scoring" aria-labelledby="scoring-heading" className="scroll-mt-16 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="scoring-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t("title")}
        </h2>
        <ul className="mt-8 grid gap-6 md:grid-cols-2">
          {ITEMS.map((item) => (
            <li key={item} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-semibold text-slate-900">{t(`${item}.title`)}</h3>
              <p className="mt-2 text-sm text-slate-700">{item === "ai" ? t(aiConfigured ? "ai.configured" : "ai.none") : t(`${item}.body`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
