"use client";

import { useMutation } from "@tanstack/react-query";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

const JSON_FILE = "rehearse-answers.json";

/** Saves the JSON in the browser; the CSV comes from its own route as a real download. */
function saveJson(data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = JSON_FILE;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; give them a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButtons() {
  const { client } = api.useUtils();
  const exportJson = useMutation({ mutationFn: () => client.progress.export.query(), onSuccess: saveJson });
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <a href="/api/me/export.csv" download className={buttonClass("secondary", { size: "sm" })}>
          Download CSV
        </a>
        <SubmitButton type="button" variant="secondary" size="sm" pending={exportJson.isPending} pendingLabel="Preparing…" onClick={() => exportJson.mutate()}>
          Download JSON
        </SubmitButton>
      </div>
      <p role="status" className="text-xs text-slate-600">
        {exportJson.isSuccess ? `Downloaded ${JSON_FILE}.` : "Every answer and score, for a spreadsheet or your own analysis."}
      </p>
      {exportJson.isError ? <FormAlert>{messageOf(exportJson.error)}</FormAlert> : null}
    </div>
  );
}
