"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/app/_components/use-modal-dialog";

interface AdminDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes it on Escape and gives focus back
 * to the button that opened it. Focus starts on the element marked data-autofocus, else "Close".
 */
export function AdminDialog({ open, onClose, title, children }: AdminDialogProps) {
  const ref = useModalDialog(open);
  const titleId = useId();
  const t = useTranslations("admin.shell");

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[calc(100dvh-1.5rem)] w-[min(48rem,calc(100%-1.5rem))] overflow-y-auto rounded-xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
    >
      {open ? (
        <div className="p-5 sm:p-6">
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-xl font-semibold text-slate-900">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="-mr-2 -mt-1 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            >
              <span aria-hidden="true">{t("close")}</span>
              <span className="sr-only">{t("closeNamed", { title })}</span>
            </button>
          </div>
          <div className="mt-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
