"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { SubmitButton } from "@/app/_components/submit-button";
import { useModalDialog } from "@/app/_components/use-modal-dialog";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  tone?: "primary" | "danger";
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** An extra button between Cancel and Confirm (e.g. "Go to question 2"). */
  secondary?: ReactNode;
}

/** A modal <dialog>: the browser traps focus, Escape cancels, focus returns to the opener on close. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  tone = "primary",
  pending = false,
  onConfirm,
  onCancel,
  secondary,
}: ConfirmDialogProps) {
  const t = useTranslations("interview");
  const ref = useModalDialog(open);
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => {
        if (open) onCancel();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-6">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div id={bodyId} className="mt-2 space-y-2 text-sm text-slate-700">
          {children}
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
            {cancelLabel ?? t("cancel")}
          </button>
          {secondary}
          <SubmitButton type="button" variant={tone} pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
            {confirmLabel}
          </SubmitButton>
        </div>
      </div>
    </dialog>
  );
}
