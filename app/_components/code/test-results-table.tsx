import { useTranslations } from "next-intl";
import type { TRunResultView, TTestResultView } from "@/server/contracts/code";

/** A value as JSON, cut for the table (a large input is already cut by the server, with its full length). */
function show(value: unknown): string {
  const text = typeof value === "string" && /… \([\d,]+ characters\)$/.test(value) ? value : (JSON.stringify(value) ?? "undefined");
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The verdict comes second, so it stays in view on a phone while the values scroll sideways. */
const COLUMNS = ["case", "result", "input", "expected", "actual"] as const;

type TVerdict = "passed" | "wrong" | "timeLimit" | "memoryLimit" | "notRun" | "notAllowed" | "error";

/** One test's verdict (a catalog key): the row's "time limit" / "error" is spelled out, never a bare ✗. The sandbox's errors are English. */
function verdict(test: TTestResultView): { key: TVerdict; tone: string } {
  if (test.passed) return { key: "passed", tone: "text-green-800" };
  if (!test.error) return { key: "wrong", tone: "text-red-700" };
  if (/^Time limit/.test(test.error)) return { key: "timeLimit", tone: "text-amber-900" };
  if (/^Memory limit/.test(test.error)) return { key: "memoryLimit", tone: "text-amber-900" };
  if (/^Not run/.test(test.error)) return { key: "notRun", tone: "text-slate-600" };
  if (/^Not allowed/.test(test.error)) return { key: "notAllowed", tone: "text-red-700" };
  return { key: "error", tone: "text-red-700" };
}

/**
 * A run's tests as a table: case, input, expected, actual (or the error), verdict and time; with what
 * the code printed below. Used for "Run tests" in the editor and for a score's evidence.
 */
export function TestResultsTable({ result, caption }: { result: TRunResultView; caption: string }) {
  const t = useTranslations("code.results");
  const passed = result.tests.filter((test) => test.passed).length;
  const hasTimes = result.tests.some((test) => test.ms !== undefined);
  return (
    <div className="space-y-2" data-testid="test-results">
      <p className={`text-sm font-semibold ${result.status === "passed" ? "text-green-800" : "text-red-700"}`} role="status">
        {t("summary", { status: t(`status.${result.status}`), passed, total: result.tests.length })}
        <span className="font-normal text-slate-600"> · {t("duration", { ms: result.ms })}</span>
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {[...COLUMNS, ...(hasTimes ? (["time"] as const) : [])].map((column) => (
                <th key={column} scope="col" className={`px-3 py-2${column === "time" ? " text-right" : ""}`}>
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white align-top">
            {result.tests.map((test, index) => {
              const { key, tone } = verdict(test);
              return (
                <tr key={`${test.name}-${index}`}>
                  {/* A long case name ("large: 100,000 nodes, cycle at the middle") wraps, so the verdict beside it stays in view at 390 px. */}
                  <th scope="row" className="min-w-[7rem] max-w-[11rem] break-words px-3 py-2 font-medium text-slate-900">
                    {test.name}
                    {test.hidden ? <span className="ml-1 text-xs font-normal text-slate-600">{t("hidden")}</span> : null}
                  </th>
                  <td className={`whitespace-nowrap px-3 py-2 font-semibold ${tone}`}>{t(`verdict.${key}`)}</td>
                  <td className="max-w-[14rem] break-all px-3 py-2 font-mono text-xs text-slate-800">{test.input.map(show).join(", ")}</td>
                  <td className="max-w-[10rem] break-all px-3 py-2 font-mono text-xs text-slate-800">{show(test.expected)}</td>
                  <td className="max-w-[14rem] break-all px-3 py-2 font-mono text-xs text-slate-800">{test.error ? <span className="font-sans text-red-700">{test.error}</span> : show(test.actual)}</td>
                  {hasTimes ? <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-600">{test.ms === undefined ? "—" : t("duration", { ms: test.ms })}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {result.stdout ? (
        <details className="text-sm" open={result.stdout.length < 400}>
          <summary className="cursor-pointer font-medium text-slate-800">{t("output")}</summary>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{result.stdout}</pre>
        </details>
      ) : null}
    </div>
  );
}
