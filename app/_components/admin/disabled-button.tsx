import type { ReactNode } from "react";

/**
 * An action this server cannot do yet, shown so people know it exists. The reason is visible text
 * next to it (a disabled button takes no focus, so a tooltip would reach nobody on a keyboard),
 * tied to the button with aria-describedby.
 */
export function DisabledButton({ reasonId, children, size = "sm" }: { reasonId: string; children: ReactNode; size?: "sm" | "md" }) {
  return (
    <button
      type="button"
      disabled
      aria-describedby={reasonId}
      className={`inline-flex cursor-not-allowed items-center justify-center gap-2 rounded-lg border border-slate-300 bg-slate-100 text-sm font-semibold text-slate-600 ${size === "sm" ? "px-3 py-2" : "px-4 py-2.5"}`}
    >
      {children}
    </button>
  );
}
