import { useTranslations } from "next-intl";
import { MarketingSection } from "./marketing-section";

const ITEMS = ["analyzer", "ai", "confidence", "person"] as const;

/** How a score is made: the built-in analyzer, the optional AI grader, and how sure each score is. */
export function ScoringSection({ aiConfigured }: { aiConfigured: boolean }) {
  const t = useTranslations("marketing.scoring");
  return (
    <MarketingSection id="scoring" title={t("title")} tinted>
      <ul className="mt-8 grid gap-6 md:grid-cols-2">
        {ITEMS.map((item) => (
          <li key={item} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <h3 className="font-semibold text-slate-900">{t(`${item}.title`)}</h3>
            <p className="mt-2 text-sm text-slate-700">{item === "ai" ? t(aiConfigured ? "ai.configured" : "ai.none") : t(`${item}.body`)}</p>
          </li>
        ))}
      </ul>
    </MarketingSection>
  );
}
