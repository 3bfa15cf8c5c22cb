"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

interface DisclosureProps {
  /** What is inside, translated and lower-case: the summary reads "Show sample answer" / "Hide sample answer". */
  what: string;
  children: ReactNode;
  tone?: "brand" | "plain";
}

/** A native <details> whose summary says what pressing it will do. */
export function Disclosure({ what, children, tone = "plain" }: DisclosureProps) {
  const t = useTranslations("components.score");
  const [open, setOpen] = useState(false);
  return (
    <details className="rounded-lg border border-slate-200" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary
        className={`cursor-pointer rounded-lg px-4 py-3 text-sm font-semibold hover:bg-slate-50 ${tone === "brand" ? "text-brand-700" : "text-slate-900"}`}
      >
        {open ? t("hide", { what }) : t("show", { what })}
      </summary>
      <div className="border-t border-slate-200 px-4 py-3">{children}</div>
    </details>
  );
}
