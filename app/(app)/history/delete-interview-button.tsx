"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useTransition } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { appCodeOf } from "@/app/_components/use-form-errors";
import { Spinner } from "@/app/_components/spinner";
import { api } from "@/app/_trpc/client";
import { useHistoryAnnouncer } from "./history-announcer";

/**
 * Delete behind a confirmation in a native modal <dialog>: the browser traps focus, closes it on
 * Escape and gives focus back to this button; the list then refreshes from the server.
 */
export function DeleteInterviewButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("history.delete");
  const router = useRouter();
  const { announce } = useHistoryAnnouncer();
  const [refreshing, startRefresh] = useTransition();
  const remove = api.interviews.delete.useMutation();
  const failureText = useFailureText();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  const busy = remove.isPending || refreshing || remove.isSuccess;

  function open() {
    remove.reset();
    dialog.current?.showModal();
    // The safe choice has focus when the dialog opens.
    cancel.current?.focus();
  }

  function onDelete() {
    if (busy) return;
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          dialog.current?.close();
          announce(t("done", { name: label }));
          startRefresh(() => router.refresh());
        },
      },
    );
  }

  return (
    <>
      <button type="button" onClick={open} className={buttonClass("secondary", { size: "sm" })}>
        {t("button")}
        <span className="sr-only"> {label}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onCancel={(event) => {
          if (busy) event.preventDefault();
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p id={bodyId} className="mt-2 text-sm text-slate-700">
            {t.rich("text", { name: label, strong: (chunks) => <strong className="text-slate-900">{chunks}</strong> })}
          </p>
          {remove.isError ? (
            <p role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              {appCodeOf(remove.error) ? failureText(remove.error) : t("failed")}
            </p>
          ) : null}
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <button ref={cancel} type="button" onClick={() => dialog.current?.close()} disabled={busy} className={buttonClass("secondary")}>
              {t("cancel")}
            </button>
            <button type="button" onClick={onDelete} aria-disabled={busy} className={buttonClass("danger")}>
              {busy ? <Spinner /> : null}
              {busy ? t("deleting") : t("confirm")}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
