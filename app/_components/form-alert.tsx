"use client";

import { useEffect, useRef, type ReactNode } from "react";

const TONES = {
  error: "border-red-200 bg-red-50 text-red-900",
  success: "border-green-200 bg-green-50 text-green-900",
  info: "border-brand-100 bg-brand-50 text-slate-900",
} as const;

interface FormAlertProps {
  tone?: keyof typeof TONES;
  children: ReactNode;
  className?: string;
  /** Move focus here when shown (a form error that names no field), so the next Tab continues from it. */
  focusOnShow?: boolean;
}

/** A message about the whole form. Errors interrupt (role="alert"); good news waits its turn (role="status"). */
export function FormAlert({ tone = "error", children, className = "", focusOnShow = tone === "error" }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow]);
  return (
    <div
      ref={ref}
      tabIndex={focusOnShow ? -1 : undefined}
      // Not a control, so no focus ring (inline: the global :focus-visible rule outranks utilities).
      style={focusOnShow ? { outline: "none" } : undefined}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border p-3 text-sm ${TONES[tone]} ${className}`}
    >
      {children}
    </div>
  );
}
