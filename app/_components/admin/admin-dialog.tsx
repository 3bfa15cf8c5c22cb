"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useModalDialog } from "@/app/_components/use-modal-dialog";

interface AdminDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The data the title names (a question's slug): marked as such where the title shows it, not interface text. */
  subject?: string;
  children: ReactNode;
}

/** `title` with `subject` (where it occurs) in a data-user-content span: the language walks skip it, translators leave it. */
export function Titled({ title, subject }: { title: string; subject?: string }) {
  const at = subject ? title.indexOf(subject) : -1;
  if (!subject || at < 0) return title;
  return (
    <>
      {title.slice(0, at)}
      <span data-user-content translate="no">
        {subject}
      </span>
      {title.slice(at + subject.length)}
    </>
  );
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes it on Escape and gives focus back
 * to the button that opened it. Focus starts on the element marked data-autofocus, else "Close".
 */
export function AdminDialog({ open, onClose, title, subject, children }: AdminDialogProps) {
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
              <Titled title={title} subject={subject} />
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="-mr-2 -mt-1 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            >
              <span aria-hidden="true">{t("close")}</span>
              <span className="sr-only">
                <Titled title={t("closeNamed", { title })} subject={subject} />
              </span>
            </button>
          </div>
          <div className="mt-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
