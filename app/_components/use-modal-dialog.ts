"use client";

import { useEffect, useRef } from "react";

/**
 * Drives a native modal <dialog> from an `open` prop. showModal() makes the browser trap focus and
 * close on Escape, and closing gives focus back to the button that opened it. On opening, focus
 * goes to the element marked data-autofocus when there is one (else the browser's first focusable).
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
