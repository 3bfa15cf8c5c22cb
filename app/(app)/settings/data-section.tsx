"use client";

import { useMutation } from "@tanstack/react-query";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

const FILE_NAME = "rehearse-export.json";

/** Saves a JSON document as a file, without a round trip through a download URL on the server. */
function download(data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; give them a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection() {
  const { client } = api.useUtils();
  // Always fresh, never from the query cache: the file should be what the server holds now.
  const exportData = useMutation({ mutationFn: () => client.me.export.query(), onSuccess: download });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Download everything Rehearse holds about you as a JSON file ({FILE_NAME}): your profile, preferences, linked sign-in
        methods and the emails we sent you. Passwords and tokens are never included.
      </p>
      {exportData.isError ? <FormAlert>{messageOf(exportData.error)}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton type="button" variant="secondary" pending={exportData.isPending} pendingLabel="Preparing your file…" onClick={() => exportData.mutate()}>
          Export my data
        </SubmitButton>
        <p role="status" className="text-sm text-slate-700">
          {exportData.isSuccess ? `Downloaded ${FILE_NAME}.` : ""}
        </p>
      </div>
    </div>
  );
}
