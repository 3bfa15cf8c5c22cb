"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Spinner } from "@/app/_components/spinner";
import { useTRPC } from "@/app/_trpc/client";
import { useHistoryAnnouncer } from "./history-announcer";

/** Delete with an inline confirmation; the list refreshes from the server afterwards. */
export function DeleteInterviewButton({ id, label }: { id: string; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { announce } = useHistoryAnnouncer();
  const [confirming, setConfirming] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const remove = useMutation(trpc.interviews.delete.mutationOptions());
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const busy = remove.isPending || refreshing || remove.isSuccess;

  function onDelete() {
    if (busy) return;
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          announce(`Deleted the ${label}.`);
          startRefresh(() => router.refresh());
        },
      },
    );
  }

  if (!confirming) {
    return (
      <button ref={openButton} type="button" onClick={() => setConfirming(true)} className={buttonClass("secondary", { size: "sm" })}>
        Delete<span className="sr-only"> the {label}</span>
      </button>
    );
  }

  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="w-full rounded-lg border border-red-200 bg-red-50 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !busy) setConfirming(false);
      }}
    >
      <p id={questionId} className="text-sm text-slate-900">
        Delete the {label} with its answers and scores? <strong>This cannot be undone.</strong>
      </p>
      {remove.isError ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {remove.error.message || "We couldn’t delete it. Try again."}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onDelete} aria-disabled={busy} className={buttonClass("danger", { size: "sm" })}>
          {busy ? <Spinner /> : null}
          {busy ? "Deleting…" : "Delete interview"}
        </button>
        <button ref={cancelButton} type="button" onClick={() => setConfirming(false)} disabled={busy} className={buttonClass("secondary", { size: "sm" })}>
          Cancel
        </button>
      </div>
    </div>
  );
}
