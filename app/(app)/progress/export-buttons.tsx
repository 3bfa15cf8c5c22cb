"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { useJsonExport } from "@/app/_components/use-json-export";

const JSON_FILE = "rehearse-answers.json";


export function ExportButtons() {
  const t = useTranslations("progress.export");
  const failureText = useFailureText();
  // The JSON is saved in the browser; the CSV comes from its own route as a real download.
  const exportJson = useJsonExport((client) => client.progress.export.query(), JSON_FILE);
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <a href="/api/me/export.csv" download className={buttonClass("secondary", { size: "sm" })}>
          {t("csv")}
        </a>
        <SubmitButton type="button" variant="secondary" size="sm" pending={exportJson.isPending} pendingLabel={t("preparing")} onClick={() => exportJson.mutate()}>
          {t("json")}
        </SubmitButton>
      </div>
      <p role="status" className="text-xs text-slate-600">
        {exportJson.isSuccess ? t("done", { file: JSON_FILE }) : t("hint")}
      </p>
      {exportJson.isError ? <FormAlert>{failureText(exportJson.error)}</FormAlert> : null}
    </div>
  );
}
