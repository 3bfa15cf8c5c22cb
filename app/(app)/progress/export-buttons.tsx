"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { saveJsonFile } from "@/app/_components/save-json-file";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

const JSON_FILE = "rehearse-answers.json";


export function ExportButtons() {
  const t = useTranslations("progress.export");
  const { client } = api.useUtils();
  // The JSON is saved in the browser; the CSV comes from its own route as a real download.
  const exportJson = useMutation({ mutationFn: () => client.progress.export.query(), onSuccess: (data) => saveJsonFile(data, JSON_FILE) });
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
      {exportJson.isError ? <FormAlert>{messageOf(exportJson.error)}</FormAlert> : null}
    </div>
  );
}
