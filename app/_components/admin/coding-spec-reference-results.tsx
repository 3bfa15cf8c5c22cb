import { TestResultsTable } from "@/app/_components/code/test-results-table";
import { CODE_LANGUAGE_LABELS } from "@/server/contracts/code";
import type { TReferenceCheck } from "@/server/contracts/coding-spec";

/** The reference run: one verdict for the question, then each language's test table. */
export function CodingSpecReferenceResults({ check }: { check: TReferenceCheck }) {
  const total = check.runs[0]?.result.tests.length ?? 0;
  return (
    <section aria-label="Reference solution run" className="space-y-4" data-testid="reference-results">
      <p
        role="status"
        className={`rounded-lg border p-3 text-sm font-medium ${check.passed ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-900"}`}
      >
        {check.passed
          ? `The reference solutions pass all ${total} tests in both languages: this question can be activated.`
          : "The reference solutions fail some tests: this question can’t be activated until they all pass. Fix the tests or the solution, then run it again."}
      </p>
      {check.runs.map(({ language, result }) => (
        <div key={language}>
          <h4 className="mb-1 text-sm font-semibold text-slate-900">{CODE_LANGUAGE_LABELS[language]}</h4>
          <TestResultsTable result={result} caption={`Reference solution in ${CODE_LANGUAGE_LABELS[language]}: every test`} />
        </div>
      ))}
    </section>
  );
}
