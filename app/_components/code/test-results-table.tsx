import { useTranslations } from "next-intl";
import type { TCodeLanguage, TRunResultView, TScoreTestResultView } from "@/server/contracts/code";
import { runErrorOf, type TRunError, type TRunErrorCode } from "@/server/contracts/run-errors";

/** A JSON value as Python writes it (None, True, False): what a Python answer returned, in its own terms. */
function pythonLiteral(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(", ")}]`;
  if (typeof value === "object") return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${pythonLiteral(item)}`).join(", ")}}`;
  return JSON.stringify(value) ?? "None";
}

/** A value as JSON (as Python literals for Python code), cut for the table (a large input is already cut by the server, with its full length). */
function show(value: unknown, language?: TCodeLanguage): string {
  const cut = typeof value === "string" && /… \([\d,]+ characters\)$/.test(value);
  const text = cut ? (value as string) : language === "python" ? pythonLiteral(value) : (JSON.stringify(value) ?? "undefined");
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The verdict comes second, so it stays in view on a phone while the values scroll sideways. */
const COLUMNS = ["case", "result", "input", "expected", "actual"] as const;

type TVerdict = "passed" | "wrong" | "timeLimit" | "memoryLimit" | "notRun" | "notAllowed" | "error";

const VERDICTS: Partial<Record<TRunErrorCode, { key: TVerdict; tone: string }>> = {
  time_limit: { key: "timeLimit", tone: "text-amber-900" },
  memory_limit: { key: "memoryLimit", tone: "text-amber-900" },
  not_run: { key: "notRun", tone: "text-slate-600" },
  not_allowed: { key: "notAllowed", tone: "text-red-700" },
};

/** One test's verdict (a catalog key): the row's "time limit" / "error" is spelled out, never a bare ✗. */
function verdict(test: TScoreTestResultView, error: TRunError | null): { key: TVerdict; tone: string } {
  if (test.passed) return { key: "passed", tone: "text-green-800" };
  if (!error) return { key: "wrong", tone: "text-red-700" };
  return VERDICTS[error.code] ?? { key: "error", tone: "text-red-700" };
}

/**
 * The code and values of a test's error, read from its text as the server reads errorCode (results
 * stored before codes have only the text); a hidden test in a score has only the code.
 */
function errorOf(test: TScoreTestResultView): TRunError | null {
  if (test.error) return runErrorOf(test.error);
  return test.errorCode ? { code: test.errorCode, values: {} } : null;
}

const TRUNCATED = "\n… (output truncated)";

/**
 * A run's tests as a table: case, input, expected, actual (or the error), verdict and time; with what
 * the code printed below. Used for "Run tests" in the editor and for a score's evidence.
 */
export function TestResultsTable({
  result,
  caption,
  language,
}: {
  result: Omit<TRunResultView, "tests"> & { tests: TScoreTestResultView[] };
  caption: string;
  /** The code's language: Python's values read as Python writes them (None, True). */
  language?: TCodeLanguage;
}) {
  const t = useTranslations("code.results");
  const tTable = useTranslations("components.dataTable");
  const passed = result.tests.filter((test) => test.passed).length;
  const hasTimes = result.tests.some((test) => test.ms !== undefined);
  // The sandbox writes English; its fixed texts are shown from the catalog, the answer's own exception as the runtime wrote it.
  const errorText = ({ code, values }: TRunError) => {
    const text = code === "exception" ? (values.error ?? "") : t(`errors.${code}`, values);
    return values.line ? t("errors.atLine", { error: text, line: values.line }) : text;
  };
  const stdout = result.stdout.endsWith(TRUNCATED) ? `${result.stdout.slice(0, -TRUNCATED.length)}\n${t("outputTruncated")}` : result.stdout;
  return (
    <div className="space-y-2" data-testid="test-results">
      <p className={`text-sm font-semibold ${result.status === "passed" ? "text-green-800" : "text-red-700"}`} role="status">
        {t("summary", { status: t(`status.${result.status}`), passed, total: result.tests.length })}
        <span className="font-normal text-slate-600"> · {t("duration", { ms: result.ms })}</span>
      </p>
      {/* A phone scrolls the table sideways: the keyboard can too, once the frame takes focus (axe scrollable-region-focusable). */}
      <div className="overflow-x-auto rounded-lg border border-slate-200" role="region" aria-label={tTable("scrollRegion", { caption })} tabIndex={0}>
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
              const error = errorOf(test);
              const { key, tone } = verdict(test, error);
              return (
                <tr key={`${test.name}-${index}`}>
                  {/* A long case name ("large: 100,000 nodes, cycle at the middle") wraps, so the verdict beside it stays in view at 390 px. */}
                  <th scope="row" className="min-w-[7rem] max-w-[11rem] break-words px-3 py-2 font-medium text-slate-900">
                    {/* The case's name is the question bank's (or an admin's) own words, not interface text. */}
                    <span data-user-content>{test.name}</span>
                    {test.hidden ? <span className="ml-1 text-xs font-normal text-slate-600">{t("hidden")}</span> : null}
                  </th>
                  <td className={`whitespace-nowrap px-3 py-2 font-semibold ${tone}`}>{t(`verdict.${key}`)}</td>
                  {/* A hidden test in a score comes without its values (they stay on the server): one cell says so. */}
                  {test.input === undefined ? (
                    <td colSpan={3} className="px-3 py-2 text-xs text-slate-600">
                      {t("hiddenValues")}
                    </td>
                  ) : (
                    <>
                      <td className="max-w-[14rem] break-all px-3 py-2 font-mono text-xs text-slate-800">{test.input.map((arg) => show(arg, language)).join(", ")}</td>
                      <td className="max-w-[10rem] break-all px-3 py-2 font-mono text-xs text-slate-800">{show(test.expected, language)}</td>
                      <td className="max-w-[14rem] break-all px-3 py-2 font-mono text-xs text-slate-800">{error ? <span className="font-sans text-red-700">{errorText(error)}</span> : show(test.actual, language)}</td>
                    </>
                  )}
                  {hasTimes ? <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-600">{test.ms === undefined ? "—" : t("duration", { ms: test.ms })}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {stdout ? (
        <details className="text-sm" open={stdout.length < 400}>
          <summary className="cursor-pointer font-medium text-slate-800">{t("output")}</summary>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{stdout}</pre>
        </details>
      ) : null}
    </div>
  );
}
