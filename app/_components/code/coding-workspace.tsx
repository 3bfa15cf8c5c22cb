"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { Spinner } from "@/app/_components/spinner";
import { CODE_LANGUAGE_LABELS, CODE_LANGUAGES, type TCodeLanguage, type TPublicCodingSpec } from "@/server/contracts/code";
import { warmPython } from "./browser-runner";
import { CodeEditorLazy } from "./code-editor-lazy";
import { TestResultsTable } from "./test-results-table";
import { useCodeRun } from "./use-code-run";

export interface CodingWorkspaceProps {
  questionId: string;
  spec: TPublicCodingSpec;
  language: TCodeLanguage;
  code: string;
  onLanguageChange: (language: TCodeLanguage) => void;
  onCodeChange: (code: string) => void;
  /** The form's error about the code, shown under the editor. */
  error?: string | null;
}

/**
 * A coding question's workspace: the language picker (each language keeps its own code), the editor,
 * and "Run tests", which runs the visible examples in the browser's sandbox and shows them as a table.
 */
export function CodingWorkspace({ questionId, spec, language, code, onLanguageChange, onCodeChange, error }: CodingWorkspaceProps) {
  const t = useTranslations("code.workspace");
  const failureText = useFailureText();
  const baseId = useId();
  const pickerId = `${baseId}-language`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const { state, run } = useCodeRun(questionId, spec);
  const running = state.kind === "running";

  useEffect(() => {
    // Pyodide takes a few seconds to load: start while the candidate reads the question.
    if (language === "python") void warmPython();
  }, [language]);

  return (
    <section className="space-y-3 pb-4" aria-label={t("label")}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <label htmlFor={pickerId} className="block text-sm font-semibold text-slate-900">
            {t("language")}
          </label>
          <select
            id={pickerId}
            value={language}
            onChange={(event) => onLanguageChange(event.target.value as TCodeLanguage)}
            className="mt-1 rounded-lg border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900"
          >
            {CODE_LANGUAGES.filter((option) => spec.signatures[option] !== undefined).map((option) => (
              <option key={option} value={option}>
                {CODE_LANGUAGE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <p id={hintId} className="max-w-md text-xs text-slate-600">
          {t.rich("hint", { kbd: (key) => <kbd className="rounded border border-slate-300 px-1">{key}</kbd> })}
        </p>
      </div>
      <CodeEditorLazy
        key={language}
        value={code}
        onChange={onCodeChange}
        language={language}
        label={t("editorLabel", { language: CODE_LANGUAGE_LABELS[language] })}
        describedBy={error ? `${errorId} ${hintId}` : hintId}
        invalid={Boolean(error)}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass("secondary", { size: "sm" })} onClick={() => void run(language, code)} aria-disabled={running} disabled={running}>
          {running ? <Spinner /> : null}
          {running ? t("running") : t("run")}
        </button>
        <p className="text-xs text-slate-600">
          {t("runNote", { count: spec.examples.length })}
        </p>
      </div>
      <div aria-live="polite">
        {state.kind === "running" ? (
          <p className="flex items-center gap-2 text-sm text-slate-700">
            <Spinner /> {t(state.where === "browser" ? (language === "python" ? "runningBrowserPython" : "runningBrowser") : "runningServer")}
          </p>
        ) : null}
        {state.kind === "failed" ? <p className="text-sm font-medium text-red-700">{t("failed", { message: failureText(state.error) })}</p> : null}
        {state.kind === "done" ? <TestResultsTable result={state.result} language={language} caption={t(state.where === "browser" ? "captionBrowser" : "captionServer")} /> : null}
      </div>
    </section>
  );
}
