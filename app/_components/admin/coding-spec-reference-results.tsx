import { useTranslations } from "next-intl";
import { TestResultsTable } from "@/app/_components/code/test-results-table";
import { CODE_LANGUAGE_LABELS } from "@/server/contracts/code";
import type { TReferenceCheck } from "@/server/contracts/coding-spec";

/** The reference run: one verdict for the question, then each language's test table. */
export function CodingSpecReferenceResults({ check }: { check: TReferenceCheck }) {
  const total = check.runs[0]?.result.tests.length ?? 0;
  const t = useTranslations("admin-questions.coding");
  return (
    <section aria-label={t("runLabel")} className="space-y-4" data-testid="reference-results">
      <p
        role="status"
        className={`rounded-lg border p-3 text-sm font-medium ${check.passed ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-900"}`}
      >
        {check.passed ? t("passed", { total }) : t("failed")}
      </p>
      {check.runs.map(({ language, result }) => (
        <div key={language}>
          <h4 className="mb-1 text-sm font-semibold text-slate-900">{CODE_LANGUAGE_LABELS[language]}</h4>
          <TestResultsTable result={result} language={language} caption={t("runCaption", { language: CODE_LANGUAGE_LABELS[language] })} />
        </div>
      ))}
    </section>
  );
}
