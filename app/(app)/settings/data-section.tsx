"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { useJsonExport } from "@/app/_components/use-json-export";

const FILE_NAME = "rehearse-export.json";


export function DataSection() {
  const t = useTranslations("settings.data");
  const failureText = useFailureText();
  const exportData = useJsonExport((client) => client.me.export.query(), FILE_NAME);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("text", { file: FILE_NAME })}
      </p>
      {exportData.isError ? <FormAlert>{failureText(exportData.error)}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton type="button" variant="secondary" pending={exportData.isPending} pendingLabel={t("pending")} onClick={() => exportData.mutate()}>
          {t("action")}
        </SubmitButton>
        <p role="status" className="text-sm text-slate-700">
          {exportData.isSuccess ? t("done", { file: FILE_NAME }) : ""}
        </p>
      </div>
    </div>
  );
}
