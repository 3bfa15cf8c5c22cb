import { useTranslations } from "next-intl";
import { TestResultsTable } from "@/app/_components/code/test-results-table";
import { CODE_LANGUAGE_LABELS, type TCodeLanguage, type TScoreTests } from "@/server/contracts/code";

/**
 * A scored coding answer's evidence: the code as submitted and every test the server ran on it
 * (visible and hidden; a hidden one by its name and verdict only), beside the feedback. Renders nothing
 * for a written answer.
 */
export function ScoreTestResults({ tests, code, language }: { tests: TScoreTests | undefined; code: string | null; language: TCodeLanguage | null }) {
  const t = useTranslations("interview.tests");
  if (!tests) return null;
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" aria-labelledby="score-tests-heading">
      <h3 id="score-tests-heading" className="text-base font-semibold text-slate-900">
        {t("heading")}
      </h3>
      <p className="text-sm text-slate-700">
        {t("summary", { passed: tests.passed, total: tests.total })}
      </p>
      <TestResultsTable result={tests} language={tests.language} caption={t("caption", { language: CODE_LANGUAGE_LABELS[tests.language] })} />
      {code ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">
            {t("yourCode")}
            {language ? ` (${CODE_LANGUAGE_LABELS[language]})` : ""}
          </summary>
          <pre className="mt-1 max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-900" tabIndex={0}>
            <code>{code}</code>
          </pre>
        </details>
      ) : null}
    </section>
  );
}
